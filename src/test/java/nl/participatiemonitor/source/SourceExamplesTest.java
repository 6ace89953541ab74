package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
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
 * Each example definition in config/sources/examples imports its sample export (src/test/resources/sources)
 * through {@code import --source}: the canonical records it gives, and the indicators computed from them.
 */
@IntegrationTest
class SourceExamplesTest {

    static final Period Q3 = Period.parse("2026-Q3");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorRunner indicators;

    @Autowired
    DeliveryImporter importer;

    @TempDir
    Path dir;

    @Test
    void theComplaintRegisterInExcelGivesCanonicalComplaintsAndTheirFigures() {
        CliRun run = CliRun.run(context, "import", "--source", "voorbeeld-klachtenregister",
                SourceSamples.complaintRegister().toString(), "--period", "2026-Q3");

        assertThat(run.exitCode()).as("%s%s", run.out(), run.err()).isZero();
        assertThat(run.out()).contains("(bron voorbeeld-klachtenregister, periode 2026-Q3)", "GEACCEPTEERD",
                "klachtenregister-2026-Q3.xlsx: 8 read, 8 imported, 0 rejected",
                "ignored columns: Opmerkingen");
        SourceFigures figures = new SourceFigures(jdbc);
        // Rows 4 to 11 of the sheet, under two title rows and the header: dates from date cells, from
        // dd-MM-yyyy and d-M-yyyy text and from an Excel serial number; outcomes in free spelling.
        assertThat(figures.rows("""
                SELECT klacht_id, regel, bron, gemeente_code, ontvangen, kanaal, IF(schriftelijk, 'J', 'N'), onderwerp,
                       ontvangst_bevestigd, verdaagd_op, afgehandeld, uitkomst
                FROM klachten WHERE actueel = 1 ORDER BY klacht_id""")).containsExactly(
                "KL-2026-001|4|voorbeeld-klachtenregister|GM0014|2026-07-02|BRIEF|J|BEJEGENING|2026-07-06|null|2026-08-10|GEGROND",
                "KL-2026-002|5|voorbeeld-klachtenregister|GM0014|2026-07-07|EMAIL|J|BEREIKBAARHEID|2026-07-09|null|2026-08-25|DEELS_GEGROND",
                "KL-2026-003|6|voorbeeld-klachtenregister|GM0014|2026-08-03|TELEFOON|N|BETALING|null|null|2026-08-05|INFORMEEL_OPGELOST",
                "KL-2026-004|7|voorbeeld-klachtenregister|GM0014|2026-08-11|WEBFORMULIER|J|VERGOEDINGEN|2026-08-12|null|null|null",
                "KL-2026-005|8|voorbeeld-klachtenregister|GM0014|2026-08-20|BRIEF|J|HANDHAVING|2026-08-31|2026-09-28|2026-10-30|ONGEGROND",
                "KL-2026-006|9|voorbeeld-klachtenregister|GM0014|2026-09-01|BALIE|N|OVERIG|null|null|2026-09-15|DEELS_GEGROND",
                "KL-2026-007|10|voorbeeld-klachtenregister|GM0014|2026-09-15|EMAIL|J|BEREIKBAARHEID|2026-09-17|null|null|null",
                "KL-2026-008|11|voorbeeld-klachtenregister|GM0014|2026-06-10|BRIEF|J|INFORMATIE|2026-06-12|null|2026-07-30|ONGEGROND");

        long runId = indicators.run(Q3, List.of("GM0014")).runId();

        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K1")).isEqualTo("7");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K1", "onderwerp=BEREIKBAARHEID")).isEqualTo("2");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K1", "onderwerp=OVERIG")).isEqualTo("1");
        // Handled in Q3 and counted for the term: 001 (on time), 002 (late), 006 (on time), 008 (late).
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K3")).isEqualTo("2/4");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K5")).isEqualTo("3/4");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "K6")).isEqualTo("1/5");
    }

    @Test
    void theClientSystemExportGivesPseudonymisedClientsPerMunicipality() throws Exception {
        Path export = SourceSamples.clientExport(dir);

        CliRun run = CliRun.run(context, "import", "--source", "voorbeeld-clientsysteem", export.toString(),
                "--period", "2026-Q3");

        assertThat(run.exitCode()).as("%s%s", run.out(), run.err()).isZero();
        assertThat(run.out()).contains("clienten-export-2026-09-30.csv: 7 read, 7 imported, 0 rejected",
                "ignored columns: Klantmanager");
        SourceFigures figures = new SourceFigures(jdbc);
        assertThat(figures.rows("""
                SELECT regel, gemeente_code, start_uitkering, einde_uitkering, geboortejaar, route,
                       IF(vaste_contactpersoon, 'J', 'N'), LENGTH(client_pseudoniem)
                FROM clienten WHERE actueel = 1 ORDER BY regel""")).containsExactly(
                "2|GM0014|2019-02-01|null|1971|PARTICIPATIE|J|64",
                "3|GM0014|2024-03-15|null|1988|WERK|N|64",
                "4|GM0014|2025-09-01|null|1995|WERK|J|64",
                "5|GM0014|2015-06-01|2026-03-01|1960|ONTHEFFING|N|64",
                "6|GM1952|2020-01-01|null|1980|ONBEKEND|J|64",
                "7|GM1979|2026-07-10|null|2001|WERK|N|64",
                "8|GM0014|2026-08-01|null|1999|ONBEKEND|N|64");
        for (int n = 1; n <= 7; n++) {
            String bsn = SourceSamples.bsn(n);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM clienten WHERE client_pseudoniem LIKE ?", Integer.class,
                    "%" + bsn + "%")).isZero();
            assertThat(Files.readString(Path.of("target/test-data/logs/participatiemonitor.log"), StandardCharsets.UTF_8))
                    .doesNotContain(bsn);
        }

        long runId = indicators.run(Q3, List.of("GM0014", "GM1952", "GM1979")).runId();

        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "B1")).isEqualTo("4");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "B2")).isEqualTo("3");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "B3")).isEqualTo("1");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "C4")).isEqualTo("2/3");
        assertThat(figures.figure(runId, "2026-Q3", "GM1952", "B1")).isEqualTo("1");
        assertThat(figures.figure(runId, "2026-Q3", "GM1979", "B3")).isEqualTo("1");
    }

    @Test
    void theCaseManagementDatabaseGivesContactsOfTheSameClients() throws Exception {
        importer.importSource("voorbeeld-clientsysteem", SourceSamples.clientExport(dir), "2026-Q3");
        SourceSamples.createCaseSystem(jdbc);
        CaseSystem cases = new CaseSystem(jdbc);
        cases.client(1, 1).client(2, 2).client(3, 3);
        cases.contact(101, 1, "2026-07-14", "10:00", "Huisbezoek", "Begeleiding", "Gesproken", "2026-09-30 18:00");
        cases.contact(102, 1, "2026-08-20", "09:30", "Telefonisch", "Inkomen", "Geen gehoor", "2026-09-30 18:00");
        cases.contact(103, 2, "2026-09-02", "14:00", "Balie", "Heronderzoek", "Gesproken", "2026-09-30 18:00");
        cases.contact(104, 3, "2026-09-10", null, "E-mail", "Begeleiding", "Gesproken", "2026-09-30 18:00");

        CliRun run = CliRun.run(context, "import", "--source", "voorbeeld-zaaksysteem", "--period", "2026-Q3");

        assertThat(run.exitCode()).as("%s%s", run.out(), run.err()).isZero();
        assertThat(run.out()).contains("(bron voorbeeld-zaaksysteem, periode 2026-Q3)",
                "voorbeeld-zaaksysteem-20200101T000000-", ".csv: 4 read, 4 imported, 0 rejected");
        SourceFigures figures = new SourceFigures(jdbc);
        assertThat(figures.rows("""
                SELECT k.contact_id, k.datum, k.kanaal, k.doel, IF(k.bereikt, 'J', 'N'), c.regel
                FROM contacten k JOIN clienten c ON c.client_pseudoniem = k.client_pseudoniem AND c.actueel = 1
                WHERE k.actueel = 1 ORDER BY k.contact_id""")).containsExactly(
                "101|2026-07-14|HUISBEZOEK|ONDERSTEUNING|J|2",
                "102|2026-08-20|TELEFOON|INKOMEN|N|2",
                "103|2026-09-02|KANTOOR|HANDHAVING|J|3",
                "104|2026-09-10|EMAIL|ONDERSTEUNING|J|4");
        // The extract is deleted once imported (pm.sources.keep-extracts keeps it).
        java.util.regex.Matcher extract = java.util.regex.Pattern.compile("voorbeeld-zaaksysteem-(\\d{8}T\\d{6}-\\d{8}T\\d{6})"
                + "\\.csv").matcher(run.out());
        assertThat(extract.find()).isTrue();
        assertThat(Path.of("target/test-data/bronnen/voorbeeld-zaaksysteem", extract.group(1))).doesNotExist();

        long runId = indicators.run(Q3, List.of("GM0014")).runId();

        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "C5")).isEqualTo("3/4");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "C6")).isEqualTo("1/3");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "C1")).isEqualTo("1/3");
        assertThat(figures.figure(runId, "2026-Q3", "GM0014", "C2")).isEqualTo("0/3");
    }

    @Test
    void anUnmappedValueIsRejectedNamingTheDefinitionAndTheColumn() {
        Path export = rewrite(SourceSamples.clientExport(dir), ";1988;WRK;", ";1988;Werkfit;");

        CliRun run = CliRun.run(context, "import", "--source", "voorbeeld-clientsysteem", export.toString());

        assertThat(run.out()).contains("clienten-export-2026-09-30.csv: 7 read, 6 imported, 1 rejected");
        SourceFigures figures = new SourceFigures(jdbc);
        assertThat(figures.rows("SELECT regel, kolom, waarde, reden_en FROM afwijzingen"))
                .containsExactly("3|Doelgroep|Werkfit|Value 'Werkfit' in source column 'Doelgroep' (route) is not in "
                        + "the value list of source definition voorbeeld-clientsysteem "
                        + "(config/sources/examples/clientsysteem.yml). Add the value under values.route.map or "
                        + "correct the source.");
        assertThat(figures.rows("SELECT reden FROM afwijzingen").get(0))
                .contains("brondefinitie voorbeeld-clientsysteem", "bronkolom 'Doelgroep'");
    }

    @Test
    void aFileSourceNeedsAFileAndADatabaseSourceNone() {
        CliRun withoutFile = CliRun.run(context, "import", "--source", "voorbeeld-klachtenregister");
        CliRun withFile = CliRun.run(context, "import", "--source", "voorbeeld-zaaksysteem",
                SourceSamples.complaintRegister().toString());

        assertThat(withoutFile.exitCode()).isEqualTo(1);
        assertThat(withoutFile.err()).contains("Give the folder (or for a source with a definition the file) to import.");
        assertThat(withFile.exitCode()).isEqualTo(1);
        assertThat(withFile.err()).contains("Source voorbeeld-zaaksysteem reads a database; leave out the file");
    }

    private static Path rewrite(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains(from);
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
