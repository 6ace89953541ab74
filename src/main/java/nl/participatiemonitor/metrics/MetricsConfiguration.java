package nl.participatiemonitor.metrics;

import java.nio.file.Path;
import java.util.HashSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the norms ({@code config/normen.yml}) and the expected sources ({@code config/bronnen.yml})
 * once at start-up, so an unknown key or municipality in either stops the application with a clear
 * message before anything runs.
 */
@Configuration
class MetricsConfiguration {

    @Bean
    NormsFile normsFile(@Value("${pm.norms-file:config/normen.yml}") Path file, JdbcTemplate jdbc) {
        return NormsFile.load(file, new HashSet<>(jdbc.queryForList("SELECT code FROM gemeenten", String.class)));
    }

    @Bean
    ExpectedSources expectedSources(@Value("${pm.sources-file:config/bronnen.yml}") Path file, JdbcTemplate jdbc) {
        return ExpectedSources.load(file, new HashSet<>(jdbc.queryForList("SELECT code FROM gemeenten", String.class)));
    }
}
