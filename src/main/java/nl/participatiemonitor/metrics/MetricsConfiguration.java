package nl.participatiemonitor.metrics;

import java.nio.file.Path;
import java.util.Set;
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

    private final JdbcTemplate jdbc;
    private Set<String> municipalities;

    MetricsConfiguration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    NormsFile normsFile(@Value("${pm.norms-file:config/normen.yml}") Path file) {
        return NormsFile.load(file, knownMunicipalities());
    }

    @Bean
    ExpectedSources expectedSources(@Value("${pm.sources-file:config/bronnen.yml}") Path file) {
        return ExpectedSources.load(file, knownMunicipalities());
    }

    /** The reference municipality codes both files are checked against, read once. */
    private synchronized Set<String> knownMunicipalities() {
        if (municipalities == null) {
            municipalities = Set.copyOf(jdbc.queryForList("SELECT code FROM gemeenten", String.class));
        }
        return municipalities;
    }
}
