package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import nl.participatiemonitor.support.CleanDatabase;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import that fails halfway (here: the database refuses one row of contacten, in the seventh chunk
 * of 50) and is started again ends with exactly the rows of an uninterrupted run: no duplicates, no gaps.
 */
@IntegrationTest
class RestartTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS contact_failure");
    }

    @Test
    void restartAfterAFailureGivesTheRowsOfACleanRun() throws Exception {
        writeDelivery();
        importer.importFolder(dir, null, null);
        List<String> clean = new Tables(jdbc).contents();
        CleanDatabase.clean(dataSource);

        failOnInsertOfContact("CT-0321");
        assertThatThrownBy(() -> importer.importFolder(dir, null, null))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("injected failure");
        int committed = jdbc.queryForObject("SELECT COUNT(*) FROM contacten", Integer.class);
        int committedRejects = jdbc.queryForObject("SELECT COUNT(*) FROM afwijzingen", Integer.class);
        assertThat(committed + committedRejects).as("six chunks of 50 lines were committed").isEqualTo(300);
        jdbc.execute("DROP TRIGGER contact_failure");

        DeliverySummary restarted = importer.importFolder(dir, null, null).delivery();

        assertThat(new Tables(jdbc).contents()).isEqualTo(clean);
        assertThat(restarted.files()).filteredOn(f -> f.name().equals("contacten.csv")).singleElement()
                .satisfies(f -> {
                    assertThat(f.read()).isEqualTo(600);
                    assertThat(f.rejected()).isEqualTo(12);
                    assertThat(f.imported()).isEqualTo(588);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'contacten'",
                Integer.class)).as("the contacten step ran twice").isEqualTo(2);
    }

    @Test
    void aRunWhoseProcessWasKilledIsContinued() throws Exception {
        writeDelivery();
        failOnInsertOfContact("CT-0321");
        assertThatThrownBy(() -> importer.importFolder(dir, null, null)).isInstanceOf(ImportFailedException.class);
        jdbc.execute("DROP TRIGGER contact_failure");
        // What a killed JVM leaves behind: an execution and a step that still say they are running.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STEP_NAME = 'contacten'");

        DeliverySummary restarted = importer.importFolder(dir, null, null).delivery();

        assertThat(restarted.status()).isEqualTo(DeliveryStore.ACCEPTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contacten", Integer.class)).isEqualTo(588);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT contact_id) FROM contacten", Integer.class)).isEqualTo(588);
    }

    /** Makes the database refuse one row, as a disk or connection failure would halfway through a file. */
    private void failOnInsertOfContact(String contactId) {
        jdbc.execute("""
                CREATE TRIGGER contact_failure BEFORE INSERT ON contacten FOR EACH ROW
                BEGIN
                    IF NEW.contact_id = '%s' THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure';
                    END IF;
                END""".formatted(contactId));
    }

    /** 20 clients and 600 contacts, every 50th contact with an unknown channel (12 rejects, 2%). */
    private void writeDelivery() {
        String[] clients = new String[20];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = "C-%02d;GM0014;2024-01-01".formatted(c);
        }
        String[] contacts = new String[600];
        for (int i = 0; i < contacts.length; i++) {
            contacts[i] = "CT-%04d;C-%02d;2026-%02d-%02d;%s;ONDERSTEUNING".formatted(i + 1, i % 20, 1 + i % 9,
                    1 + i % 28, i % 50 == 7 ? "RATELSLANG" : "TELEFOON");
        }
        DeliveryFiles.in(dir).source("gm0014", "2026-Q3")
                .csv("clienten.csv", "client_id;gemeente_code;start_uitkering", clients)
                .csv("contacten.csv", "contact_id;client_id;datum;kanaal;doel", contacts);
    }
}
