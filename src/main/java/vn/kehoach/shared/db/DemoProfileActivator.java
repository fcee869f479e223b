package vn.kehoach.shared.db;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.Arrays;

/**
 * Turns the {@code demo} profile on when the app runs on its embedded database, so that {@code ./mvnw spring-boot:run}
 * shows a populated application. Never with an external database (unless "demo" is activated explicitly), never
 * together with {@code prod}, and not when {@code app.demo.enabled=false}.
 */
public class DemoProfileActivator implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        boolean enabled = environment.getProperty("app.demo.enabled", Boolean.class, true);
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        boolean alreadyActive = Arrays.asList(environment.getActiveProfiles()).contains(DEMO);
        if (embedded && enabled && !prod && !alreadyActive) {
            environment.addActiveProfile(DEMO);
        }
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
