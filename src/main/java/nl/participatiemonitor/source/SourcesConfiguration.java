package nl.participatiemonitor.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the source definitions once at start-up: {@code pm.sources.dir} (default {@code config/sources})
 * and, while {@code pm.sources.examples} is true (the default, they are the demonstration of the feature),
 * its {@code examples} folder. {@code ${NAME}} in a JDBC setting is resolved against the environment.
 */
@Configuration
class SourcesConfiguration {

    @Bean
    SourceDefinitions sourceDefinitions(@Value("${pm.sources.dir:config/sources}") Path folder,
            @Value("${pm.sources.examples:true}") boolean examples, Environment environment, JdbcTemplate jdbc) {
        List<Path> folders = new ArrayList<>(List.of(folder));
        if (examples) {
            folders.add(folder.resolve("examples"));
        }
        Set<String> municipalities = Set.copyOf(jdbc.queryForList("SELECT code FROM gemeenten", String.class));
        return SourceDefinitions.load(folders, environment::resolveRequiredPlaceholders, municipalities);
    }
}
