package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.Tables;
import nl.participatiemonitor.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/** The demo generates deliveries for a dozen municipalities and every line of them is imported. */
@IntegrationTest
class DemoCommandTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesAndImportsTheDemoDeliveriesWithoutRejects() throws Exception {
        FileSystemUtils.deleteRecursively(Path.of("target/test-out"));

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

        Path quarter = Path.of("target/test-out", Period.lastComplete(PeriodKind.QUARTER,
                TestClock.TODAY).label());
        Path published = quarter.resolve("indicatoren-ALLE").resolve("r1");
        assertThat(run.out()).contains(published.resolve("indicatoren.csv").toString(), "12 gemeenten",
                "Raadsrapportages (PDF en Excel): 12 (12 nieuw of herzien)",
                "Dossiers voor toetsers, VERTROUWELIJK (Excel en CSV): 12 (12 nieuw of herzien)");
        try (Stream<Path> scopes = Files.list(quarter)) {
            assertThat(scopes.filter(p -> p.getFileName().toString().startsWith("dossier-GM"))).hasSize(12);
        }
        assertThat(published.resolve("manifest.json")).exists();
        List<String> indicators = Files.readAllLines(published.resolve("indicatoren.csv"));
        assertThat(indicators.get(0)).isEqualTo("gemeente_code;periode;indicator;dimensie;waarde;teller;noemer;onderdrukt");
        assertThat(indicators.subList(1, indicators.size())).allSatisfy(line ->
                assertThat(line.split(";", -1)).hasSize(8));
        assertThat(indicators.stream().map(l -> l.split(";")[0]).skip(1).distinct()).hasSize(12);
        assertThat(indicators).anyMatch(l -> l.matches("GM\\d{4};\\d{4}-Q\\d;C1;;0\\.\\d{6};\\d+;\\d+;N"));

        CliRun again = CliRun.run(context, "demo");
        assertThat(again.out()).contains("was al geïmporteerd");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leveringen", Integer.class)).isEqualTo(14);
    }
}
