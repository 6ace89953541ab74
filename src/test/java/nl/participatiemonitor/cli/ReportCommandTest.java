package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code report --period --audience}: one kind of report, computed once, and clear words for a wrong request. */
@IntegrationTest
class ReportCommandTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    @Test
    void publishesOnlyTheAskedAudienceAndReusesTheComputedRun() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);

        CliRun first = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "dossier", "--municipality",
                "GM0014", "--output", output.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Dossiers voor toetsers, VERTROUWELIJK (Excel en CSV): 1 (1 nieuw of herzien)",
                output.resolve("2026-Q3/dossier-GM0014/r1").toString()).doesNotContain("Raadsrapportages");
        try (Stream<Path> folders = Files.list(output.resolve("2026-Q3"))) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("indicatoren-GM0014",
                    "VERTROUWELIJK-indicatoren-GM0014", "dossier-GM0014");
        }
        assertThat(output.resolve("2026-Q3/VERTROUWELIJK-indicatoren-GM0014/r1/indicatoren.csv")).exists();

        CliRun raad = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "raad", "--municipality",
                "GM0014", "--output", output.toString());
        assertThat(raad.out()).contains("eerder berekend met dezelfde gegevens",
                "Raadsrapportages (PDF en Excel): 1 (1 nieuw of herzien)", output.resolve("2026-Q3/GM0014/r1").toString());
        assertThat(output.resolve("2026-Q3/GM0014/r1/raadsrapportage-GM0014-2026-Q3.pdf")).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorruns", Integer.class)).isOne();
    }

    @Test
    void explainsAnUnknownAudienceAndAQuarterForTheYearlyOverview() {
        CliRun unknown = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "pers");
        assertThat(unknown.exitCode()).isEqualTo(Main.FAILED);
        assertThat(unknown.err()).contains("Doelgroep 'pers' is onbekend; kies uit raad, toezicht, jaaroverzicht, dossier.");

        CliRun quarter = CliRun.run(context, "report", "--period", "2026-Q3", "--audience", "jaaroverzicht");
        assertThat(quarter.exitCode()).isEqualTo(Main.FAILED);
        assertThat(quarter.err()).contains("Het jaaroverzicht klachten gaat over een heel kalenderjaar: geef bijvoorbeeld "
                + "--period 2026.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorruns", Integer.class)).isZero();
    }
}
