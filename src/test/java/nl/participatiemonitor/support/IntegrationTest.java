package nl.participatiemonitor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the real application on a real MariaDB: the server named by SPRING_DATASOURCE_URL
 * (as CI sets it), or else the embedded default with its data under target/. Every test starts from
 * empty domain and batch tables, on the {@link TestClock}'s day.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "pm.data-dir=target/test-data",
        "pm.output-dir=target/test-out",
        "pm.pseudonym-key=" + IntegrationTest.KEY,
        "pm.import.chunk-size=50"})
@ExtendWith(CleanDatabase.class)
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {

    /** The pseudonymisation key of the tests; a real installation gets its own from configuration. */
    String KEY = "test-key-for-pseudonyms-not-for-real-data";
}
