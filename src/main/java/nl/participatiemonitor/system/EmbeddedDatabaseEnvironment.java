package nl.participatiemonitor.system;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the application at the embedded MariaDB when no {@code spring.datasource.url} is set
 * (property, {@code SPRING_DATASOURCE_URL} or {@code config/application.yml}). Everything else
 * (pool, Flyway, Spring Batch) then uses Boot's ordinary auto-configuration.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("pm.data-dir", "data"));
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(dataDir.resolve("mariadb"));
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
