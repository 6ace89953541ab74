package nl.participatiemonitor.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the source definitions once at start-up: {@code pm.sources.dir} (default {@code config/sources})
 * and, while {@code pm.sources.examples} is true (the default: they are the demonstration of the feature),
 * its {@code examples} folder. {@code ${NAME}} in a JDBC setting is resolved against the environment.
 */
@Configuration
@EnableConfigurationProperties(SourceProperties.class)
class SourcesConfiguration {

    @Bean
    SourceDefinitions sourceDefinitions(SourceProperties properties, Environment environment, JdbcTemplate jdbc) {
        List<Path> folders = new ArrayList<>(List.of(properties.dir()));
        if (properties.examples()) {
            folders.add(properties.dir().resolve("examples"));
        }
        Set<String> municipalities = Set.copyOf(jdbc.queryForList("SELECT code FROM gemeenten", String.class));
        return SourceDefinitions.load(folders, environment::resolveRequiredPlaceholders, municipalities);
    }
}
