package vn.kehoach.shared.db;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProfileActivatorTests {

    private final DemoProfileActivator activator = new DemoProfileActivator();

    @Test
    void activatesDemoDataOnTheEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment();
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).containsExactly("demo");
    }

    @Test
    void leavesAnExternalDatabaseAlone() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db/x");
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).isEmpty();
    }

    @Test
    void neverSeedsUnderProd() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).containsExactly("prod");
    }

    @Test
    void canBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("app.demo.enabled", "false");
        activator.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).isEmpty();
    }
}
