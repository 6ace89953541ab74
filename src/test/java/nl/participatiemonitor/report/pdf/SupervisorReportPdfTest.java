package nl.participatiemonitor.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The toezichtrapportage at national size: 342 municipalities over landscape pages, every page with its header. */
class SupervisorReportPdfTest {

    @Test
    void aNationalTableRepeatsItsHeaderOnEveryPage() throws Exception {
        List<SupervisorReport.Column> columns = new ArrayList<>();
        for (String code : List.of("B1", "K1", "K3", "K7", "K8", "A0", "A2", "A3", "A9", "C1", "C2", "C5")) {
            columns.add(new SupervisorReport.Column(code, "Cijfer " + code, "Uitleg van " + code));
        }
        List<SupervisorReport.Line> municipalities = new ArrayList<>();
        for (int i = 1; i <= 342; i++) {
            municipalities.add(new SupervisorReport.Line(SupervisorReport.Kind.MEMBER, "Gemeente " + i,
                    String.format("GM%04d", i), "DEFINITIEF", Collections.nCopies(12, i % 7 == 0 ? "<5" : "1.234"),
                    i % 3 == 0 ? "S1, S2, S6, S8" : ""));
        }
        SupervisorReport report = new SupervisorReport("ALLE", "2026-Q3", "DEFINITIEF", 1, LocalDate.of(2026, 10, 15),
                "f".repeat(64), 5, 10, columns, municipalities, List.of(), List.of(), List.of());

        byte[] pdf = new PdfRenderer().render(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("Gemeente 1 GM0001 DEFINITIEF");
            int tablePages = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                if (text.contains(" GM0")) {
                    tablePages++;
                    assertThat(text).as("page %d", page).contains("Gemeente Code Status B1");
                }
            }
            assertThat(tablePages).isBetween(8, 16);
            assertThat(new PDFTextStripper().getText(document)).contains("Gemeente 342 GM0342 DEFINITIEF");
        }
    }
}
