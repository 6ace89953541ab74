package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A newer delivery of the same natural key replaces the current version; the earlier one stays as history. */
@IntegrationTest
class HistoryTest {

    static final String HEADER = "klacht_id;gemeente_code;ontvangen;onderwerp;afgehandeld;uitkomst";

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void newerDeliveryReplacesRecordsAndKeepsTheEarlierVersions() throws Exception {
        String first = importer.importFolder(TestDeliveries.complete(), null, null).delivery().id();
        DeliveryFiles.in(dir).source("regio-noord", "2026-Q4").csv("klachten.csv", HEADER,
                "K-4;GM0037;2026-09-10;HANDHAVING;2026-10-15;DEELS_GEGROND",
                "K-5;GM0037;2026-10-01;BETALING;;");

        DeliverySummary second = importer.importFolder(dir, null, null).delivery();

        assertThat(jdbc.queryForList("SELECT klacht_id FROM klachten WHERE actueel = 1 ORDER BY klacht_id", String.class))
                .containsExactly("K-1", "K-2", "K-3", "K-4", "K-5");
        List<Map<String, Object>> versions = jdbc.queryForList(
                "SELECT actueel, uitkomst, levering_id, vervangen_door, regel FROM klachten WHERE klacht_id = 'K-4' ORDER BY id");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).containsEntry("actueel", null).containsEntry("uitkomst", null)
                .containsEntry("levering_id", first).containsEntry("vervangen_door", second.id())
                .containsEntry("regel", 5L);
        assertThat(versions.get(1)).containsEntry("actueel", 1).containsEntry("uitkomst", "DEELS_GEGROND")
                .containsEntry("levering_id", second.id()).containsEntry("vervangen_door", null)
                .containsEntry("regel", 2L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM klachten", Integer.class)).isEqualTo(6);
    }

    @Test
    void theSameKeyFromAnotherSourceIsAnotherRecord() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        DeliveryFiles.in(dir).csv("klachten.csv", HEADER, "K-1;GM0034;2026-09-01;OVERIG;;");

        importer.importFolder(dir, "gm0034", null);

        assertThat(jdbc.queryForList("SELECT CONCAT(bron, ':', gemeente_code) FROM klachten "
                + "WHERE klacht_id = 'K-1' AND actueel = 1 ORDER BY bron", String.class))
                .containsExactly("gm0034:GM0034", "regio-noord:GM0014");
    }
}
