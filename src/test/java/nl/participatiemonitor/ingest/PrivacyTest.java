package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestBsns;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** No BSN or raw client id is stored in any table or written to the log; the same id gets the same pseudonym. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest {

    /** Valid BSNs (elfproef), one malformed number, and the raw client ids of the complete fixture. */
    static final String BSN = TestBsns.valid(0);
    static final String OTHER_BSN = TestBsns.valid(1);
    static final String MALFORMED = TestBsns.invalid(2);
    static final List<String> IDENTIFIERS = List.of(BSN, OTHER_BSN, MALFORMED, "C-0001", "C-0002", "C-0003", "C-0004",
            "C-0005");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void noIdentifierReachesTheDatabaseOrTheLog(CapturedOutput output) throws Exception {
        Path logFile = Path.of("target/test-data/logs/participatiemonitor.log");
        long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        importer.importFolder(TestDeliveries.complete(), null, null);
        DeliveryFiles.in(dir).source("gm0014", "2026-Q3")
                .csv("clienten.csv", "BSN;gemeente_code;start_uitkering",
                        BSN + ";GM0014;2024-01-01", OTHER_BSN + ";GM0014;2024-02-01", MALFORMED + ";GM0014;2024-02-01")
                .csv("contacten.csv", "contact_id;bsn;datum;kanaal;doel",
                        "CT-B1;" + BSN + ";2026-01-05;KANTOOR;INTAKE", "CT-B2;" + MALFORMED + ";2026-01-05;KANTOOR;INTAKE");
        DeliverySummary delivery = importer.importFolder(dir, null, null).delivery();
        assertThat(delivery.imported()).isEqualTo(3);
        assertThat(delivery.rejected()).as("the malformed BSN, twice").isEqualTo(2);

        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_name AS t, column_name AS c FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')""")) {
            for (String identifier : IDENTIFIERS) {
                Integer hits = jdbc.queryForObject("SELECT COUNT(*) FROM `" + column.get("t") + "` WHERE `" + column.get("c")
                        + "` LIKE ?", Integer.class, "%" + identifier + "%");
                assertThat(hits).as(identifier + " in " + column.get("t") + "." + column.get("c")).isZero();
            }
        }
        byte[] logBytes = Files.readAllBytes(logFile);
        String log = new String(logBytes, (int) logStart, logBytes.length - (int) logStart,
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).contains("Import of delivery " + delivery.id());
        for (String identifier : IDENTIFIERS) {
            assertThat(log).as("log").doesNotContain(identifier);
            assertThat(output.getAll()).as("console").doesNotContain(identifier);
        }
    }

    @Test
    void theSameIdentifierGetsTheSamePseudonymInEverySource() throws Exception {
        DeliveryFiles.in(dir.resolve("a")).csv("clienten.csv", "bsn;gemeente_code;start_uitkering",
                BSN + ";GM0014;2024-01-01");
        DeliveryFiles.in(dir.resolve("b")).csv("contacten.csv", "contact_id;client_id;datum;kanaal;doel",
                "CT-1;" + BSN + ";2026-01-05;KANTOOR;INTAKE");

        importer.importFolder(dir.resolve("a"), "clientsysteem", null);
        DeliverySummary contacts = importer.importFolder(dir.resolve("b"), "zaaksysteem", null).delivery();

        assertThat(contacts.imported()).as("the contact found its client through the pseudonym").isOne();
        String pseudonym = jdbc.queryForObject("SELECT client_pseudoniem FROM clienten", String.class);
        assertThat(pseudonym).matches("[0-9a-f]{64}")
                .isEqualTo(jdbc.queryForObject("SELECT client_pseudoniem FROM contacten", String.class))
                .isEqualTo(new Pseudonymiser(IntegrationTest.KEY.getBytes()).pseudonym(BSN));
    }
}
