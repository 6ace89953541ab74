package nl.participatiemonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring application behind the commands: database (a MariaDB server, or the embedded default),
 * Flyway migrations and the Spring Batch jobs. The command line in {@code cli} starts it when a
 * command needs it.
 */
@SpringBootApplication
public class ParticipatiemonitorApplication {

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplication(ParticipatiemonitorApplication.class).run(args);
    }
}
