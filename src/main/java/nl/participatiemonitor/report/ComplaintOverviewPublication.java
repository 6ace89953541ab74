package nl.participatiemonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Per bestuursorgaan of a year's run (each municipality, each gemeenschappelijke regeling), its Awb 9:12a jaaroverzicht
 * klachten as PDF and CSV in {@code <year>/jaaroverzicht-<code>/r<n>/}. A run of a shorter period publishes none. A GR
 * handles complaints for several municipalities: its overview is complete only in a run of all municipalities
 * ({@code ALLE}), so a run of a selection publishes the municipalities' overviews only.
 */
@Component
class ComplaintOverviewPublication implements AudiencePublication {

    /** The scope of a run of every municipality with data (RunScope). */
    private static final String ALL_MUNICIPALITIES = "ALLE";

    private final ComplaintOverviews overviews;
    private final PdfRenderer pdf;

    ComplaintOverviewPublication(ComplaintOverviews overviews, PdfRenderer pdf) {
        this.overviews = overviews;
        this.pdf = pdf;
    }

    @Override
    public Audience audience() {
        return Audience.JAAROVERZICHT;
    }

    @Override
    public List<ReportPublisher.Published> publish(PublicationContext context) throws IOException {
        if (context.period().kind() != PeriodKind.YEAR) {
            return List.of();
        }
        List<ReportPublisher.Published> published = new ArrayList<>();
        String year = context.period().label();
        boolean all = context.scopeLabel().equals(ALL_MUNICIPALITIES);
        for (ComplaintOverviews.Year overview : overviews.years(context.runId())) {
            if (!all && overview.body().kind().equals(ComplaintOverviews.ARRANGEMENT)) {
                continue;
            }
            String code = overview.body().code();
            ManifestInput input = context.input("jaaroverzicht-klachten", Map.of("jaar", year, "bestuursorgaan", code),
                    context.deliveriesOf(overview.body().municipalities()));
            String name = "jaaroverzicht-klachten-" + code + "-" + year;
            LocalDate dataDate = LocalDate.parse(input.dataDate());
            published.add(context.publish(audience(), "jaaroverzicht-" + code, input,
                    List.of(name + ".pdf", name + ".csv"), (revision, files) -> {
                        Files.write(files.get(name + ".pdf"), pdf.render(ComplaintOverviews.overview(overview,
                                revision, dataDate, input.fingerprint())));
                        ComplaintOverviews.writeCsv(overview, files.get(name + ".csv"));
                    }));
        }
        return published;
    }
}
