package nl.participatiemonitor.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code deliveries reject}: a held delivery's records stop counting and what it replaced is current again, so the
 * figures are those from before it came in; nothing is deleted.
 */
@IntegrationTest
class DeliveryRejectTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void rejectingAHeldDeliveryRestoresTheRecordsItReplaced() throws Exception {
        importer.importFolder(clients("eerste", "2024-01-01", 10, 0), null, null);
        long before = b1();
        // Ten clients again with another start, one new client, and four lines for an unknown municipality: held.
        String held = importer.importFolder(clients("tweede", "2026-08-01", 11, 4), null, null).delivery().id();
        assertThat(status(held)).isEqualTo("GEBLOKKEERD");

        CliRun rejected = CliRun.run(context, "deliveries", "reject", held.substring(0, 12), "--reason",
                "verkeerde export", "--as", "anna");

        assertThat(rejected.exitCode()).as(rejected.err()).isZero();
        assertThat(rejected.out()).contains("is geweigerd", "Ingetrokken: 11 records van deze levering; hersteld: 10 "
                + "eerdere versies.");
        assertThat(status(held)).isEqualTo("GEWEIGERD");
        assertThat(jdbc.queryForList("SELECT DISTINCT start_uitkering FROM clienten WHERE actueel = 1", String.class))
                .containsExactly("2024-01-01");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE actueel = 1", Integer.class)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE levering_id = ? AND actueel IS NULL "
                + "AND vervangen_door = levering_id", Integer.class, held)).as("kept as history").isEqualTo(11);
        assertThat(b1()).isEqualTo(before).isEqualTo(10);
    }

    @Test
    void aDeliveryWhoseRecordsWereReplacedSinceCannotBeRejected() throws Exception {
        importer.importFolder(clients("eerste", "2024-01-01", 10, 0), null, null);
        String held = importer.importFolder(clients("tweede", "2026-08-01", 11, 4), null, null).delivery().id();
        String later = importer.importFolder(clients("derde", "2025-01-01", 10, 0), null, null).delivery().id();

        CliRun refused = CliRun.run(context, "deliveries", "reject", held.substring(0, 12), "--reason", "te laat");

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("kan niet worden afgewezen: levering " + later.substring(0, 12)
                + " heeft al records uit clienten vervangen. Wijs eerst die levering af.");
        assertThat(status(held)).isEqualTo("GEBLOKKEERD");
    }

    private Path clients(String name, String start, int count, int unknownMunicipality) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add("C-%02d;GM0014;%s".formatted(i, start));
        }
        for (int i = 1; i <= unknownMunicipality; i++) {
            lines.add("X-%02d;GM9999;%s".formatted(i, start));
        }
        Path delivery = folder.resolve(name);
        DeliveryFiles.in(delivery).source("gm0014", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", lines.toArray(String[]::new));
        return delivery;
    }

    private String status(String delivery) {
        return jdbc.queryForObject("SELECT status FROM leveringen WHERE id = ?", String.class, delivery);
    }

    private long b1() {
        long run = runner.run(Period.parse("2026-Q3"), List.of("GM0014")).runId();
        return jdbc.queryForObject("SELECT waarde FROM indicatorwaarden WHERE run_id = ? AND periode = '2026-Q3' "
                + "AND indicator = 'B1' AND dimensie = ''", Long.class, run);
    }
}
