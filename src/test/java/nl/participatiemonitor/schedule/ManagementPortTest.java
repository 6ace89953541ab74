package nl.participatiemonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * What 'serve --management-port' turns on: health (database and scheduler) and Prometheus metrics,
 * on the loopback interface only.
 */
@Import(TestClockConfiguration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "server.address=127.0.0.1",
        // Quartz registers a DataSource per scheduler name and JVM: this second context gets its own name.
        "spring.quartz.scheduler-name=management-test",
        "pm.data-dir=target/test-data", "pm.output-dir=target/test-out", "pm.pseudonym-key=" + IntegrationTest.KEY})
// Spring Boot tests switch metric export off unless asked; serve has it on.
@AutoConfigureObservability(tracing = false)
class ManagementPortTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void healthShowsTheDatabaseAndTheSchedulerAndMetricsArePrometheusText() throws Exception {
        String down = get("/actuator/health");
        assertThat(down).contains("\"db\":{\"status\":\"UP\"", "\"scheduler\":{\"status\":\"DOWN\"", "\"geclusterd\":true");

        Serving serving = context.getBean(Serving.class);
        serving.serve("test");
        try {
            assertThat(get("/actuator/health")).startsWith("{\"status\":\"UP\"").contains("\"scheduler\":{\"status\":\"UP\"");
        } finally {
            serving.stop();
        }

        assertThat(get("/actuator/prometheus")).contains("# TYPE pm_deliveries_held gauge", "pm_runs_failed ",
                "pm_audit_rows ");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
