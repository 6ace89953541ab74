package nl.participatiemonitor.report;

import java.time.LocalDate;
import java.util.List;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.report.pdf.CouncilReport;
import nl.participatiemonitor.report.pdf.KeyFigure;
import nl.participatiemonitor.report.pdf.SignalLine;
import org.springframework.stereotype.Component;

/**
 * The samenvatting of a raadsrapportage (name, status, key figures and signals, suppressed and formatted exactly as the
 * PDF prints them), for whoever announces the report elsewhere, such as its e-mail.
 */
@Component
public class CouncilSummaries {

    /** The cover and samenvatting of one municipality's report of a run. */
    public record Summary(String municipalityName, String status, List<KeyFigure> keyFigures, List<SignalLine> signals) {
    }

    /** The key figures of the samenvatting, in the order the report shows them. */
    public static final List<Indicator> KEY_FIGURES = CouncilReports.KEY_FIGURES;

    private final CouncilReports reports;

    CouncilSummaries(CouncilReports reports) {
        this.reports = reports;
    }

    public Summary of(long runId, String municipality) {
        // Revision and date of the data are printed on the cover only; the summary does not depend on them.
        CouncilReport report = reports.build(runId, municipality, 1, LocalDate.EPOCH);
        return new Summary(report.municipalityName(), report.status(), report.keyFigures(), report.signals());
    }

    /** A figure as the reports print it: {@code 82%}, {@code 1.234}, or the suppression marker. */
    public static String forPeople(ShownFigure figure) {
        return CouncilReports.forPeople(figure);
    }
}
