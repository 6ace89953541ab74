package nl.participatiemonitor.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The jobs a controller described in {@code jobs/*.yml} ({@code pm.jobs-dir}), read fresh each time, so
 * {@code jobs} and {@code serve} always see the files as they are now and refuse a bad one by name.
 */
@Component
public class JobCatalogue {

    private final Path folder;
    private final JdbcTemplate jdbc;

    JobCatalogue(@Value("${pm.jobs-dir:jobs}") Path folder, JdbcTemplate jdbc) {
        this.folder = folder;
        this.jdbc = jdbc;
    }

    public List<JobDefinition> jobs() {
        return JobFiles.load(folder, Set.copyOf(jdbc.queryForList("SELECT code FROM gemeenten", String.class)));
    }

    public Optional<JobDefinition> job(String name) {
        return jobs().stream().filter(j -> j.name().equals(name)).findFirst();
    }

    public Path folder() {
        return folder;
    }
}
