package vn.kehoach.shared.session;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where signed-in sessions live: {@code app.sessions.store=memory} (the default: one node, nothing to set up) keeps
 * them in the server's memory; {@code jdbc} keeps them in the database (table {@code spring_session}, created by
 * Flyway), so that any node behind the load balancer serves any user and a restart signs no one out. Spring Session
 * switches itself on whenever it is on the class path; with memory, its auto-configuration is left out.
 */
public class SessionStoreSelector implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "app.sessions.store";
    static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration";
    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String store = environment.getProperty(PROPERTY, "memory").trim();
        if (store.equalsIgnoreCase("jdbc")) return;
        if (!store.equalsIgnoreCase("memory")) {
            throw new IllegalStateException(PROPERTY + " must be memory or jdbc, not " + store);
        }
        Set<String> excluded = new LinkedHashSet<>();
        String[] already = environment.getProperty(EXCLUDE, String[].class);
        if (already != null) excluded.addAll(Set.of(already));
        excluded.add(JDBC_SESSIONS);
        environment.getPropertySources().addFirst(new MapPropertySource("app-sessions-store",
                Map.of(EXCLUDE, String.join(",", excluded))));
    }

    @Override
    public int getOrder() { return Ordered.LOWEST_PRECEDENCE; }
}
