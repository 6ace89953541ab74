package nl.participatiemonitor.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.participatiemonitor.cli.Main;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A command of the application in a JVM of its own, against the test's database and settings, so a test can kill it
 * with the equivalent of {@code kill -9} (no shutdown hook, no finally block runs) and look at what it left.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java ... Main <args>} with the database, key and folders of {@code context}; {@code settings} are
     * more Spring properties ({@code pm.jobs-dir} and the like). What it prints goes to {@code log}.
     */
    public static ChildProcess start(ApplicationContext context, Path log, Map<String, String> settings,
            String... args) throws IOException {
        Environment environment = context.getEnvironment();
        HikariDataSource dataSource = (HikariDataSource) context.getBean(DataSource.class);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        property(command, "spring.datasource.url", dataSource.getJdbcUrl());
        property(command, "spring.datasource.username", dataSource.getUsername());
        property(command, "spring.datasource.password", dataSource.getPassword() == null ? "" : dataSource.getPassword());
        for (String key : List.of("pm.pseudonym-key", "pm.data-dir", "pm.output-dir", "pm.import.chunk-size")) {
            property(command, key, environment.getProperty(key, ""));
        }
        settings.forEach((key, value) -> property(command, key, value));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildProcess(process, log);
    }

    private static void property(List<String> command, String key, String value) {
        command.add("-D" + key + "=" + value);
    }

    /** Kills the process at once, as {@code kill -9} does, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the process printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
