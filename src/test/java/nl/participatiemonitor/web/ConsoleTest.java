package nl.participatiemonitor.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.participatiemonitor.support.CleanDatabase;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the web console as {@code serve --web-port} runs it: the real application on a random port on the
 * loopback interface, the real MariaDB, the pinned test clock, and an archive of its own under target/.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "pm.web.port=0", "management.server.port=-1",
        // Quartz registers a DataSource per scheduler name and JVM: this context gets its own name.
        "spring.quartz.scheduler-name=console-test",
        "pm.web.archive-dir=" + ConsoleTest.ARCHIVE,
        "pm.data-dir=target/test-data", "pm.output-dir=target/test-out", "pm.pseudonym-key=" + IntegrationTest.KEY,
        "pm.import.chunk-size=50",
        // Selenium warns that it has no DevTools for this Chromium; the tests use WebDriver only.
        "logging.level.org.openqa.selenium=ERROR"})
@ExtendWith(CleanDatabase.class)
@Import(TestClockConfiguration.class)
@interface ConsoleTest {

    /** The archive the console serves in these tests; each test class fills it anew. */
    String ARCHIVE = "target/console-archive";
}
