package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.excel.SupervisorFigures;
import nl.participatiemonitor.report.excel.SupervisorWorkbook;
import nl.participatiemonitor.report.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The toezichtrapportage of the run's scope as PDF and Excel in {@code <period>/toezicht-<scope>/r<n>/}: every
 * municipality of the run side by side, the size-group medians and the gemeenschappelijke regelingen.
 */
@Component
class SupervisorPublication implements AudiencePublication {

    private final RunFigures figures;
    private final SupervisorReports reports;
    private final SupervisorWorkbook workbook;
    private final PdfRenderer pdf;
    private final NormsFile norms;

    SupervisorPublication(RunFigures figures, SupervisorReports reports, SupervisorWorkbook workbook, PdfRenderer pdf,
            NormsFile norms) {
        this.figures = figures;
        this.reports = reports;
        this.workbook = workbook;
        this.pdf = pdf;
        this.norms = norms;
    }

    @Override
    public Audience audience() {
        return Audience.TOEZICHT;
    }

    @Override
    public List<ReportPublisher.Published> publish(PublicationContext context) throws IOException {
        List<String> municipalities = figures.municipalities(context.runId());
        if (municipalities.isEmpty()) {
            return List.of();
        }
        String period = context.period().label();
        String scope = context.scopeFolder();
        ManifestInput input = context.input("toezichtrapportage", Map.of("periode", period, "scope",
                context.scopeLabel()), context.deliveriesOf(municipalities));
        String name = "toezichtrapportage-" + scope + "-" + period;
        // Read only when the report is rendered: an unchanged publication needs none of it.
        SupervisorFigures[] shown = {null};
        return List.of(context.publish(audience(), "toezicht-" + scope, input, List.of(name + ".pdf", name + ".xlsx"),
                (revision, files) -> {
                    if (shown[0] == null) {
                        shown[0] = reports.figures(context.runId(), scope, 1, LocalDate.parse(input.dataDate()));
                    }
                    SupervisorFigures revised = shown[0].withRevision(revision);
                    Files.write(files.get(name + ".pdf"), pdf.render(SupervisorReports.report(revised,
                            input.fingerprint(), norms.defaults())));
                    try (OutputStream out = Files.newOutputStream(files.get(name + ".xlsx"))) {
                        workbook.write(revised, norms.defaults(), out);
                    }
                }));
    }
}
