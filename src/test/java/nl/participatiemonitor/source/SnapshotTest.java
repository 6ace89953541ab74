package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.SourceSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A snapshot source (voorbeeld-clientsysteem) says which clients exist: one missing from a later snapshot
 * is ended and marked withdrawn with a new version, never deleted, and the figures of earlier periods
 * stay what they were.
 */
@IntegrationTest
class SnapshotTest {

    static final String SOURCE = "voorbeeld-clientsysteem";
    static final List<String> MUNICIPALITIES = List.of("GM0014", "GM1952", "GM1979");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner indicators;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    @Test
    void clientsMissingFromALaterSnapshotAreEndedAndWithdrawnWithTheirHistoryKept() throws Exception {
        String first = importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q3")), "2026-Q3")
                .delivery().id();
        String stillRunning = pseudonymOnLine(first, 3);
        String longEnded = pseudonymOnLine(first, 5);
        String eemsdelta = pseudonymOnLine(first, 7);

        // Q4: client 2 (still running) and client 4 (ended in March) are gone, and so is Eemsdelta's only client.
        DeliverySummary second = importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q4"),
                "clienten-export-2026-12-31.csv", line -> !line.matches("\\{\\{bsn [246]}}.*")), "2026-Q4").delivery();

        assertThat(second.status()).isEqualTo("GEACCEPTEERD");
        LocalDate today = LocalDate.now(clock);
        SourceFigures figures = new SourceFigures(jdbc);
        String versions = "SELECT actueel, levering_id = ?, regel, einde_uitkering, ingetrokken, vervangen_door = ? "
                + "FROM clienten WHERE client_pseudoniem = ? ORDER BY id";
        assertThat(figures.rows(versions, first, second.id(), stillRunning)).containsExactly(
                "null|1|3|null|null|1",
                "1|0|0|" + today + "|" + today + "|null");
        assertThat(figures.rows(versions, first, second.id(), longEnded)).containsExactly(
                "null|1|5|2026-03-01|null|1",
                "1|0|0|2026-03-01|" + today + "|null");
        assertThat(figures.rows(versions, first, second.id(), eemsdelta))
                .as("Eemsdelta is not in the Q4 snapshot at all, so the snapshot says nothing about its clients")
                .containsExactly("1|1|7|null|null|null");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten", Integer.class)).isEqualTo(7 + 4 + 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE actueel = 1", Integer.class)).isEqualTo(7);
        assertThat(second.files().get(0).imported()).as("the withdrawals are no imported lines").isEqualTo(4);
    }

    @Test
    void figuresOfEarlierPeriodsDoNotChangeWhenALaterSnapshotDropsALongEndedClient() throws Exception {
        importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q3")), "2026-Q3");
        long before = indicators.run(Period.parse("2026-Q3"), MUNICIPALITIES).runId();
        SourceFigures figures = new SourceFigures(jdbc);
        List<String> q3 = figures.allFigures(before, "2026-Q3");
        List<String> q2 = figures.allFigures(before, "2026-Q2");
        List<String> q4Before = figures.allFigures(before, "2025-Q4");

        importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q4"), "clienten-export-2026-12-31.csv",
                line -> !line.startsWith("{{bsn 4}}")), "2026-Q4");
        long after = indicators.run(Period.parse("2026-Q3"), MUNICIPALITIES).runId();

        assertThat(after).as("a new run: its input changed").isNotEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE ingetrokken IS NOT NULL", Integer.class))
                .isOne();
        assertThat(figures.figure(before, "2025-Q4", "GM0014", "B1")).as("client 4 ended on 2026-03-01").isEqualTo("4");
        assertThat(figures.allFigures(after, "2026-Q3")).isEqualTo(q3).isNotEmpty();
        assertThat(figures.allFigures(after, "2026-Q2")).isEqualTo(q2).isNotEmpty();
        assertThat(figures.allFigures(after, "2025-Q4")).isEqualTo(q4Before).isNotEmpty();
    }

    @Test
    void theImportSaysHowManyRecordsTheSnapshotWithdrew() throws Exception {
        importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q3")), "2026-Q3");
        Path q4 = SourceSamples.clientExport(dir.resolve("q4"), "clienten.csv", line -> !line.matches("\\{\\{bsn [24]}}.*"));

        CliRun run = CliRun.run(context, "import", "--source", SOURCE, q4.toString(), "--period", "2026-Q4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("clienten.csv: 5 read, 5 imported, 0 rejected",
                "Snapshot: 2 record(s) niet meer geleverd, gemarkeerd als ingetrokken / withdrawn");
    }

    @Test
    void aSnapshotWithRejectedLinesWithdrawsNothing() throws Exception {
        importer.importSource(SOURCE, SourceSamples.clientExport(dir.resolve("q3")), "2026-Q3");
        Path q4 = SourceSamples.clientExport(dir.resolve("q4"), "clienten.csv", line -> !line.startsWith("{{bsn 4}}"));
        java.nio.file.Files.writeString(q4, java.nio.file.Files.readString(q4).replace(";1988;WRK;", ";1988;Werkfit;"));

        DeliverySummary second = importer.importSource(SOURCE, q4, "2026-Q4").delivery();

        assertThat(second.rejected()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE ingetrokken IS NOT NULL", Integer.class))
                .as("a rejected line is not an absent client; an incomplete snapshot proves no absence").isZero();
    }

    private String pseudonymOnLine(String deliveryId, int line) {
        return jdbc.queryForObject("SELECT client_pseudoniem FROM clienten WHERE levering_id = ? AND regel = ?",
                String.class, deliveryId, line);
    }
}
