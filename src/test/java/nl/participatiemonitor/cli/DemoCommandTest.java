package nl.participatiemonitor.cli;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo generates deliveries for a dozen municipalities and every line of them is imported. */
@IntegrationTest
class DemoCommandTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesAndImportsTheDemoDeliveriesWithoutRejects() throws Exception {
        CliRun run = CliRun.run(context, "demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path deliveries = Path.of("target/test-data/demo/leveringen");
        long folders;
        try (Stream<Path> list = Files.list(deliveries)) {
            folders = list.count();
        }
        assertThat(folders).as("two regional sources and 12 municipalities").isEqualTo(14);
        assertThat(run.out()).contains("Demo: 14 leveringen gemaakt in " + deliveries, "0 afgewezen", "Volgende stappen")
                .doesNotContain("GEBLOKKEERD", "refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen WHERE status = 'GEACCEPTEERD'", Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM afwijzingen", Integer.class)).isZero();
        Tables tables = new Tables(jdbc);
        assertThat(tables.count("SELECT COUNT(DISTINCT gemeente_code) FROM clienten")).isEqualTo(12);
        assertThat(tables.currentCounts()).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
        assertThat(jdbc.queryForObject("SELECT SUM(regels_gelezen) FROM leveringen", Long.class))
                .isEqualTo(tables.currentCounts().values().stream().mapToLong(Integer::longValue).sum());

        CliRun again = CliRun.run(context, "demo");
        assertThat(again.out()).contains("was al geïmporteerd");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class)).isEqualTo(14);
    }
}
