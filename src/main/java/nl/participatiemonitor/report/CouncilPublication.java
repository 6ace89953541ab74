package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.excel.CouncilWorkbook;
import nl.participatiemonitor.report.pdf.PdfRenderer;
import nl.participatiemonitor.system.Sha256;
import org.springframework.stereotype.Component;

/** Per municipality of the run, its raadsrapportage as PDF and Excel in {@code <period>/<gemeente>/r<n>/}. */
@Component
class CouncilPublication implements AudiencePublication {

    private final RunFigures figures;
    private final CouncilReports councilReports;
    private final CouncilWorkbook workbook;
    private final PdfRenderer pdf;

    CouncilPublication(RunFigures figures, CouncilReports councilReports, CouncilWorkbook workbook, PdfRenderer pdf) {
        this.figures = figures;
        this.councilReports = councilReports;
        this.workbook = workbook;
        this.pdf = pdf;
    }

    @Override
    public Audience audience() {
        return Audience.RAAD;
    }

    @Override
    public List<ReportPublisher.Published> publish(PublicationContext context) throws IOException {
        List<ReportPublisher.Published> published = new ArrayList<>();
        String period = context.period().label();
        for (String municipality : figures.municipalities(context.runId())) {
            // The summary compares with the median of similar municipalities: their figures are an input too.
            ManifestInput input = context.input("raadsrapportage", Map.of("periode", period, "gemeente", municipality,
                    "groepsmedianen_sha256", digest(figures.groupMedians(context.runId(), period, municipality))),
                    context.deliveriesOf(municipality));
            String name = "raadsrapportage-" + municipality + "-" + period;
            LocalDate dataDate = LocalDate.parse(input.dataDate());
            published.add(context.publish(audience(), municipality, input, List.of(name + ".pdf", name + ".xlsx"),
                    (revision, files) -> {
                        Files.write(files.get(name + ".pdf"), pdf.render(councilReports.build(context.runId(),
                                municipality, revision, dataDate, input.fingerprint(),
                                input.deliveries().stream().map(ManifestInput.DeliveryUsed::id)
                                        .collect(Collectors.toSet()))));
                        try (OutputStream out = Files.newOutputStream(files.get(name + ".xlsx"))) {
                            workbook.write(context.runId(), municipality, dataDate, revision, out);
                        }
                    }));
        }
        return published;
    }

    /** SHA-256 of the medians as the report shows them, in code order. */
    private static String digest(Map<String, BigDecimal> medians) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(medians).forEach((code, median) -> canonical.append(code).append('=')
                .append(median.toPlainString()).append('\n'));
        return Sha256.of(canonical.toString());
    }
}
