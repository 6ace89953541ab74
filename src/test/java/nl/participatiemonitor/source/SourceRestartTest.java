package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.ingest.ImportFailedException;
import nl.participatiemonitor.support.CleanDatabase;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.SourceSamples;
import nl.participatiemonitor.support.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A source's delivery restarts like a canonical one: after its last committed chunk, with the original line numbers. */
@IntegrationTest
class SourceRestartTest {

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
        jdbc.execute("DROP TRIGGER IF EXISTS client_failure");
    }

    @Test
    void aFailedSourceImportContinuesWhereItStoppedAndEndsWithTheRowsOfACleanRun() throws Exception {
        Path export = writeExport(120);
        importer.importSource("voorbeeld-clientsysteem", export, "2026-Q3");
        List<String> clean = new Tables(jdbc).contents();
        CleanDatabase.clean(dataSource);
        jdbc.execute("""
                CREATE TRIGGER client_failure BEFORE INSERT ON clienten FOR EACH ROW
                BEGIN
                    IF NEW.regel = 81 THEN
                        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure';
                    END IF;
                END""");

        assertThatThrownBy(() -> importer.importSource("voorbeeld-clientsysteem", export, "2026-Q3"))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("injected failure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).as("one chunk of 50 committed")
                .isEqualTo(50);
        jdbc.execute("DROP TRIGGER client_failure");

        DeliverySummary restarted = importer.importSource("voorbeeld-clientsysteem", export, "2026-Q3").delivery();

        assertThat(new Tables(jdbc).contents()).isEqualTo(clean);
        assertThat(restarted.files()).singleElement().satisfies(f -> {
            assertThat(f.read()).isEqualTo(120);
            assertThat(f.imported()).isEqualTo(119);
            assertThat(f.rejected()).isEqualTo(1);
        });
        assertThat(jdbc.queryForList("SELECT CONCAT(regel, ' ', kolom, ' ', waarde) FROM afwijzingen", String.class))
                .containsExactly("100 Doelgroep XYZ");
        assertThat(jdbc.queryForObject("SELECT MAX(regel) FROM clienten", Integer.class)).isEqualTo(121);
    }

    /** A client export of n clients of Groningen; the client on line 100 has a route code the definition lacks. */
    private Path writeExport(int clients) throws Exception {
        StringBuilder text = new StringBuilder(
                "BSN;Gemeente;Ingangsdatum uitkering;Einddatum uitkering;Geboortejaar;Doelgroep;Vaste klantmanager\n");
        for (int n = 0; n < clients; n++) {
            text.append(SourceSamples.bsn(100 + n)).append(";Groningen;01-02-2019;;1971;")
                    .append(n + 2 == 100 ? "XYZ" : "PAR").append(";Ja\n");
        }
        return Files.writeString(dir.resolve("clienten.csv"), text);
    }
}
