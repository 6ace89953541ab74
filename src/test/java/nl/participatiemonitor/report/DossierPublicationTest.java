package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewer dossier on the hand-computed complaint and contact fixtures (see ComplaintExpectationsTest and
 * CaseloadAndContactExpectationsTest for how each figure was derived): the records it lists per figure are exactly
 * those the derivation names, with their file and line, pseudonymised, unsuppressed, and marked VERTROUWELIJK.
 */
@IntegrationTest
class DossierPublicationTest {

    private static final Period Q3 = Period.parse("2026-Q3");

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path output;

    @TempDir
    Path extra;

    @Test
    void listsTheComplaintsBehindEachFigureWithTheirLine() throws Exception {
        importer.importFolder(fixture("klachten"), null, null);
        IndicatorRunner.RunSummary run = runner.run(Q3, List.of());

        List<ReportPublisher.Published> published = publisher.publish(run.runId(), run.scope().label(), output,
                EnumSet.of(Audience.DOSSIER));

        assertThat(published).extracting(ReportPublisher.Published::scope)
                .containsExactly("indicatoren-ALLE", "VERTROUWELIJK-indicatoren-ALLE", "dossier-GM0014", "dossier-GM0034", "dossier-GM0037");
        Path folder = output.resolve("2026-Q3/dossier-GM0014/r1");
        List<Map<String, String>> rows = csv(folder.resolve("VERTROUWELIJK-dossier-GM0014-2026-Q3.csv"));
        // K3 = 3/6: on time K-01, K-03, K-04; judged and handled in P K-01..K-05 and K-10.
        assertThat(keys(rows, "K3", "", "teller")).containsExactly("K-01", "K-03", "K-04");
        assertThat(keys(rows, "K3", "", "noemer")).containsExactly("K-01", "K-02", "K-03", "K-04", "K-05", "K-10");
        assertThat(keys(rows, "K7", "", "telling")).containsExactly("K-12", "K-14", "K-17");
        assertThat(keys(rows, "K10", "uitkomst=DOORGEZONDEN", "telling")).containsExactly("K-08", "K-21");
        assertThat(keys(rows, "K1", "organisatie=GR-NOORD", "telling")).containsExactly("K-10", "K-12", "K-13", "K-15");
        // K2 = K1 per 1,000 clients: 15 complaints over the 7 active clients (pseudonyms, never the source ids).
        assertThat(keys(rows, "K2", "", "teller")).hasSize(15);
        List<Map<String, String>> k2Clients = rows.stream()
                .filter(r -> r.get("indicator").equals("K2") && r.get("rol").equals("noemer")).toList();
        assertThat(k2Clients).hasSize(7).allSatisfy(r -> {
            assertThat(r.get("client_pseudoniem")).matches("[0-9a-f]{64}");
            assertThat(r.get("entiteit")).isEqualTo("clienten");
        });
        assertThat(Files.readString(folder.resolve("VERTROUWELIJK-dossier-GM0014-2026-Q3.csv"))).doesNotContain("KC-0");

        // Delivery, file and line point at the record as delivered: K-01 is line 2 of klachten.csv.
        List<String> lines = Files.readAllLines(fixture("klachten").resolve("klachten.csv"));
        Map<String, String> k01 = rows.stream().filter(r -> r.get("sleutel").equals("K-01")).findFirst().orElseThrow();
        assertThat(k01.get("bestand")).isEqualTo("klachten.csv");
        assertThat(lines.get(Integer.parseInt(k01.get("regel")) - 1)).startsWith("K-01;GM0014;");
        assertThat(k01.get("levering_id")).matches("[0-9a-f]{64}");

        // The same run published into another archive gives the same bytes.
        Path elsewhere = Files.createDirectories(extra.resolve("tweede-archief"));
        publisher.publish(run.runId(), run.scope().label(), elsewhere, EnumSet.of(Audience.DOSSIER));
        for (String name : List.of("VERTROUWELIJK-dossier-GM0014-2026-Q3.csv", "VERTROUWELIJK-dossier-GM0014-2026-Q3.xlsx")) {
            assertThat(sha256(elsewhere.resolve("2026-Q3/dossier-GM0014/r1").resolve(name)))
                    .as(name).isEqualTo(sha256(folder.resolve(name)));
        }

        // GM0034 has K1 = 2: '<5' for the raad, the exact records here.
        try (XSSFWorkbook workbook = workbook(output.resolve(
                "2026-Q3/dossier-GM0034/r1/VERTROUWELIJK-dossier-GM0034-2026-Q3.xlsx"))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Toelichting");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("VERTROUWELIJK");
            Sheet figures = workbook.getSheet("Indicatoren");
            Row k1 = row(figures, "K1", "");
            assertThat(k1.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(k1.getCell(6).getNumericCellValue()).as("records listed for K1").isEqualTo(2);
            Row k6 = row(figures, "K6", "");
            assertThat(k6.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(k6.getCell(5).getNumericCellValue()).isEqualTo(2);
            Sheet records = workbook.getSheet("Records");
            assertThat(records.getLastRowNum()).as("rows below the header, as in the CSV")
                    .isEqualTo(csv(output.resolve("2026-Q3/dossier-GM0034/r1/VERTROUWELIJK-dossier-GM0034-2026-Q3.csv"))
                            .size());
        }
    }

    @Test
    void listsTheClientsAndContactsBehindTheContactFigures() throws Exception {
        importer.importFolder(fixture("contact"), null, null);
        IndicatorRunner.RunSummary run = runner.run(Q3, List.of());

        publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.DOSSIER));

        try (XSSFWorkbook workbook = workbook(output.resolve(
                "2026-Q3/dossier-GM0014/r1/VERTROUWELIJK-dossier-GM0014-2026-Q3.xlsx"))) {
            Sheet figures = workbook.getSheet("Indicatoren");
            // Every figure of the period with its records; the publication refuses a dossier that does not add up,
            // so these columns agree for every ratio: here C1 and C5 as examples.
            for (String code : List.of("C1", "C2", "C4", "C5", "C6")) {
                Row figure = row(figures, code, "");
                assertThat(figure.getCell(6).getNumericCellValue()).as(code + " teller records")
                        .isEqualTo(figure.getCell(4).getNumericCellValue());
                assertThat(figure.getCell(7).getNumericCellValue()).as(code + " noemer records")
                        .isEqualTo(figure.getCell(5).getNumericCellValue());
            }
            Row b1 = row(figures, "B1", "");
            assertThat(b1.getCell(6).getNumericCellValue()).isEqualTo(b1.getCell(3).getNumericCellValue()).isPositive();
        }
        List<Map<String, String>> rows = csv(output.resolve(
                "2026-Q3/dossier-GM0014/r1/VERTROUWELIJK-dossier-GM0014-2026-Q3.csv"));
        assertThat(rows).filteredOn(r -> r.get("indicator").equals("C3"))
                .allSatisfy(r -> assertThat(r.get("waarde")).matches("\\d+"));
        assertThat(rows).filteredOn(r -> r.get("indicator").equals("C7"))
                .allSatisfy(r -> assertThat(r.get("entiteit")).isEqualTo("contacten"));
    }

    @Test
    void refusesADossierThatNoLongerAddsUpToItsRun() throws Exception {
        importer.importFolder(fixture("klachten"), null, null);
        IndicatorRunner.RunSummary run = runner.run(Q3, List.of());
        DeliveryFiles.in(extra).csv("klachten.csv", "klacht_id;gemeente_code;ontvangen;onderwerp",
                "K-99;GM0014;2026-08-01;BETALING");
        importer.importFolder(extra, "gm0014", "2026-Q3");

        assertThatThrownBy(() -> publisher.publish(run.runId(), run.scope().label(), output,
                EnumSet.of(Audience.DOSSIER)))
                .hasMessageContaining("Het dossier van GM0014 2026-Q3 telt andere aantallen records")
                .hasMessageContaining("K1 cijfer");
        assertThat(output.resolve("2026-Q3/dossier-GM0014")).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    private static List<String> keys(List<Map<String, String>> rows, String indicator, String dimension, String role) {
        return rows.stream().filter(r -> r.get("indicator").equals(indicator) && r.get("dimensie").equals(dimension)
                && r.get("rol").equals(role)).map(r -> r.get("sleutel")).sorted().toList();
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(";", -1);
        assertThat(header).containsExactly("gemeente_code", "periode", "indicator", "dimensie", "rol", "entiteit",
                "sleutel", "client_pseudoniem", "waarde", "levering_id", "bestand", "regel");
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(";", -1);
            return Arrays.stream(header).collect(Collectors.toMap(h -> h,
                    h -> cells[Arrays.asList(header).indexOf(h)]));
        }).toList();
    }

    private static Row row(Sheet sheet, String indicator, String dimension) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(indicator)
                    && text(row, 2).equals(dimension)) {
                return row;
            }
        }
        throw new AssertionError(indicator + " " + dimension + " not on " + sheet.getSheetName());
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static XSSFWorkbook workbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(DossierPublicationTest.class.getResource("/deliveries/metrics/" + name).toURI());
    }
}
