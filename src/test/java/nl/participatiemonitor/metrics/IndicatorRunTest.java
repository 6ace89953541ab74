package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs of the indicator job: identity, kept results, restart, signals and status. */
@IntegrationTest
class IndicatorRunTest {

    static final Period Q3 = Period.parse("2026-Q3");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    IndicatorFiles files;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @AfterEach
    void restoreTable() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'indicatorrun_adviezen_weg'", Integer.class) > 0) {
            jdbc.execute("RENAME TABLE indicatorrun_adviezen_weg TO indicatorrun_adviezen");
        }
    }

    @Test
    void theSameInputsGiveTheStoredRunAndNewDeliveriesANewOneBesideIt() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        IndicatorRunner.RunSummary first = runner.run(Q3, List.of());
        assertThat(first.scope().municipalities()).containsExactly("GM0014", "GM0034", "GM0037");
        assertThat(first.computedBefore()).isFalse();
        List<String> firstValues = values(first.runId());

        IndicatorRunner.RunSummary again = runner.run(Q3, List.of());
        assertThat(again.runId()).isEqualTo(first.runId());
        assertThat(again.computedBefore()).isTrue();

        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-9;GM0014;2026-08-01;BETALING");
        importer.importFolder(dir, "gm0014", "2026-Q3");
        IndicatorRunner.RunSummary second = runner.run(Q3, List.of());

        assertThat(second.runId()).isNotEqualTo(first.runId());
        assertThat(value(second.runId(), "GM0014", "K1")).as("K-1, K-2 and K-9").isEqualTo("3");
        assertThat(value(first.runId(), "GM0014", "K1")).as("the earlier run is unchanged").isEqualTo("2");
        assertThat(values(first.runId())).isEqualTo(firstValues);
    }

    @Test
    void aRunThatFailsHalfwayAndIsStartedAgainGivesTheFiguresOfACleanRun() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        List<String> clean = csv(runner.run(Q3, List.of()).runId(), "clean");
        jdbc.update("DELETE FROM indicatorruns");
        jdbc.update("DELETE FROM indicatorwaarden");
        jdbc.update("DELETE FROM signalen");
        jdbc.update("DELETE FROM indicatorrun_status");
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT");
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION");
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT");
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS");
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION");
        jdbc.update("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'indicatoren'");
        // The advice step fills indicatorrun_adviezen: without it the run fails after the complaint step.
        jdbc.execute("RENAME TABLE indicatorrun_adviezen TO indicatorrun_adviezen_weg");
        assertThatThrownBy(() -> runner.run(Q3, List.of())).hasMessageContaining("afgebroken");
        jdbc.execute("RENAME TABLE indicatorrun_adviezen_weg TO indicatorrun_adviezen");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorwaarden WHERE indicator = 'K1'", Integer.class))
                .as("steps before the failure are kept").isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorwaarden WHERE indicator = 'A1'", Integer.class))
                .as("steps after it did not run").isZero();
        // What a killed process leaves behind: an execution and a step that still say they run.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STEP_NAME = 'organen_adviezen'");

        IndicatorRunner.RunSummary restarted = runner.run(Q3, List.of());

        assertThat(csv(restarted.runId(), "restarted")).isEqualTo(clean);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'klachten'",
                Integer.class)).as("completed steps are not run again").isOne();
    }

    @Test
    void signalsNameTheFigureTheNormAndItsSource() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);

        long run = runner.run(Q3, List.of()).runId();

        List<Map<String, Object>> signals = jdbc.queryForList(
                "SELECT gemeente_code, signaal, indicator, waarde, norm, normbron, tekst FROM signalen WHERE run_id = ? "
                        + "ORDER BY gemeente_code, signaal", run);
        // GM0037: its only body's coverage ended on 2026-08-01 (A0 = 0); K-4 went to the executing party
        // without the municipality taking part (K8 = 1); ADV-1 (due 2026-07-13) and ADV-2 (due 2026-08-07) were
        // issued while the GR council covered it and it never answered (A9 = 2).
        // Signals go to the raad: small counts show as '<5', like everywhere else the raad looks.
        assertThat(signals).filteredOn(s -> s.get("gemeente_code").equals("GM0037")).extracting("signaal", "waarde")
                .containsExactly(tuple("S1", "0"), tuple("S3", "<5"), tuple("S4", "<5"));
        assertThat(signals).filteredOn(s -> s.get("signaal").equals("S3")).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("indicator", "K8").containsEntry("norm", "0")
                    .containsEntry("normbron", "Ombudsman III.2");
            assertThat((String) s.get("tekst")).startsWith("<5 klacht(en) zijn doorgestuurd naar een uitvoerder");
        });
        // GM0014: C1 is 1 of 2 long-term clients, too few to show: the signal leaves the figure out.
        assertThat(signals).filteredOn(s -> s.get("gemeente_code").equals("GM0014") && s.get("signaal").equals("S6"))
                .singleElement().satisfies(s -> {
                    assertThat(s).containsEntry("waarde", ".").containsEntry("norm", "minstens 75%");
                    assertThat((String) s.get("tekst")).isEqualTo("Minder dan 75% van de langdurige cliënten had in het "
                            + "afgelopen jaar persoonlijk contact met de gemeente.").doesNotContain("50%");
                });
        assertThat(signals).filteredOn(s -> s.get("gemeente_code").equals("GM0014")).extracting("signaal")
                .doesNotContain("S1", "S3");
        // ASD-0014 was never evaluated: the signal names the body as a raadslid knows it.
        assertThat(signals).filteredOn(s -> s.get("gemeente_code").equals("GM0014") && s.get("signaal").equals("S7"))
                .singleElement().satisfies(s -> assertThat((String) s.get("tekst")).isEqualTo("De verordening en "
                        + "werkafspraken van Adviesraad Sociaal Domein Groningen zijn langer dan 4 jaar niet geëvalueerd."));
        Path written = files.write(run, Q3, dir.resolve("out")).get(2);
        assertThat(Files.readAllLines(written).get(0))
                .isEqualTo("gemeente_code;periode;signaal;indicator;dimensie;waarde;norm;normbron;tekst");
        assertThat(Files.readString(written)).contains("GM0037;2026-Q3;S1;A0;;0;een cliëntenraad;");
    }

    @Test
    void figuresAreProvisionalUntilSettledAndWhileADeliveryIsHeld() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-1;GM0034;2026-05-01;BETALING", "K-2;GM0034;2026-05-01;ONZIN");

        importer.importFolder(dir, "gm0034", "2026-Q2");
        long q2 = runner.run(Period.parse("2026-Q2"), List.of()).runId();
        long q3 = runner.run(Q3, List.of()).runId();

        // 2026-Q2 ended 2026-06-30, more than 60 days ago: definitive, except where a held delivery touches it.
        assertThat(status(q2)).containsEntry("GM0014", "DEFINITIEF").containsEntry("GM0037", "DEFINITIEF")
                .containsEntry("GM0034", "VOORLOPIG");
        assertThat(jdbc.queryForObject("SELECT tekst FROM signalen WHERE run_id = ? AND signaal = 'S9'", String.class, q2))
                .contains("bron gm0034 is geblokkeerd");
        // 2026-Q3 ends 2026-09-30: its figures can still change until 2026-11-29.
        assertThat(status(q3)).containsEntry("GM0014", "VOORLOPIG");
    }

    @Test
    void groupMediansAreTakenOverTheFiguresTheRaadMaySee() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        // Four more complaints for GM0014 in 2026-Q3, so its K1 is large enough to be shown.
        DeliveryFiles.in(dir).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "EXTRA-1;GM0014;2026-07-01;BETALING", "EXTRA-2;GM0014;2026-07-02;BETALING",
                "EXTRA-3;GM0014;2026-07-03;BEJEGENING", "EXTRA-4;GM0014;2026-07-04;OVERIG");
        importer.importFolder(dir, "gm0014", "2026-Q3");

        long run = runner.run(Q3, List.of()).runId();

        // All three have fewer than 500 clients. K1: GM0014 6 (shown), GM0034 1 and GM0037 1 (both '<5', left out):
        // the median is GM0014's own 6, over 1, and gives nothing away about the other two.
        assertThat(median(run, "K1")).isEqualTo(List.of("6.0000000000", "1"));
        // C1: GM0014 1/2 and GM0037 1/1 have a noemer below 10 ('.'); GM0034 has no value: no median at all.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicatorgroepsmedianen WHERE run_id = ? "
                + "AND indicator = 'C1'", Integer.class, run)).isZero();
        // A0 is about a body, not people, and never suppressed: GM0014 1, GM0034 1, GM0037 0 -> 1 over 3.
        assertThat(median(run, "A0")).isEqualTo(List.of("1.0000000000", "3"));
    }

    @Test
    void anUnknownMunicipalityIsAClearError() {
        assertThatThrownBy(() -> runner.run(Q3, List.of("GM9999")))
                .hasMessageContaining("Onbekende gemeentecode(s): GM9999");
    }

    private List<String> median(long run, String indicator) {
        return jdbc.queryForObject("SELECT mediaan, aantal FROM indicatorgroepsmedianen WHERE run_id = ? AND periode = "
                + "'2026-Q3' AND groep = '<500' AND indicator = ?", (rs, i) -> List.of(rs.getString(1), rs.getString(2)),
                run, indicator);
    }

    private Map<String, String> status(long run) {
        Map<String, String> statuses = new java.util.TreeMap<>();
        jdbc.query("SELECT gemeente_code, status FROM indicatorrun_status WHERE run_id = ?",
                rs -> {
                    statuses.put(rs.getString(1), rs.getString(2));
                }, run);
        return statuses;
    }

    private List<String> csv(long run, String name) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (Path file : files.write(run, Q3, dir.resolve(name))) {
            lines.addAll(Files.readAllLines(file));
        }
        return lines;
    }

    private List<String> values(long run) {
        return jdbc.queryForList("SELECT CONCAT_WS('|', periode, gemeente_code, indicator, dimensie, teller, noemer, waarde) "
                + "FROM indicatorwaarden WHERE run_id = ? ORDER BY 1", String.class, run);
    }

    private String value(long run, String municipality, String indicator) {
        return jdbc.queryForObject("SELECT CAST(waarde AS INTEGER) FROM indicatorwaarden WHERE run_id = ? AND periode = "
                + "'2026-Q3' AND gemeente_code = ? AND indicator = ? AND dimensie = ''", String.class, run, municipality,
                indicator);
    }
}
