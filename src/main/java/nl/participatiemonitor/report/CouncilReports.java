package nl.participatiemonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.report.pdf.CouncilReport;
import nl.participatiemonitor.report.pdf.KeyFigure;
import nl.participatiemonitor.report.pdf.SignalLine;
import org.springframework.stereotype.Component;

/** Builds the raadsrapportage of one municipality from a finished run: figures as the raad may see them. */
@Component
class CouncilReports {

    /** The key figures of the samenvatting, in the order a raadslid reads them (complaints, advice, contact). */
    static final List<Indicator> KEY_FIGURES = List.of(Indicator.K1, Indicator.K3, Indicator.K7, Indicator.K8,
            Indicator.A0, Indicator.A2, Indicator.A3, Indicator.A9, Indicator.B1, Indicator.C1, Indicator.C2,
            Indicator.C5);

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final RunFigures figures;

    CouncilReports(RunFigures figures) {
        this.figures = figures;
    }

    CouncilReport build(long runId, String municipality, int revision, LocalDate dataDate) {
        Period period = figures.period(runId);
        List<ShownFigure> all = figures.figures(runId, municipality);
        Map<String, BigDecimal> medians = figures.groupMedians(runId, period.label(), municipality);
        List<KeyFigure> keyFigures = KEY_FIGURES.stream().map(indicator -> new KeyFigure(indicator.code(),
                indicator.label(),
                total(all, period, indicator).map(CouncilReports::forPeople).orElse("-"),
                total(all, period.previous(), indicator).map(CouncilReports::forPeople).orElse("-"),
                Optional.ofNullable(medians.get(indicator.code())).map(m -> format(indicator, m)).orElse("-"),
                indicator.definition())).toList();
        List<SignalLine> signals = figures.signals(runId, municipality).stream()
                .map(s -> new SignalLine(s.code(), s.text(), s.norm(), s.normSource())).toList();
        return new CouncilReport(municipality, figures.municipalityName(municipality), period.label(),
                figures.status(runId, municipality), revision, dataDate, keyFigures, signals);
    }

    private static Optional<ShownFigure> total(List<ShownFigure> all, Period period, Indicator indicator) {
        return all.stream().filter(f -> f.period().equals(period.label()) && f.indicator() == indicator
                && f.dimension().isEmpty()).findFirst();
    }

    /** What a raadslid reads: a marker as it is, a share as a percentage, other numbers with a decimal comma. */
    static String forPeople(ShownFigure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return figure.shown();
        }
        return format(figure.indicator(), figure.value());
    }

    private static String format(Indicator indicator, BigDecimal value) {
        if (indicator == Indicator.A0) {
            return value.signum() > 0 ? "ja" : "nee";
        }
        if (indicator.isShare()) {
            return String.format(DUTCH, "%.0f%%", value.multiply(BigDecimal.valueOf(100)));
        }
        BigDecimal rounded = value.setScale(value.stripTrailingZeros().scale() > 0 ? 1 : 0, RoundingMode.HALF_UP);
        return String.format(DUTCH, rounded.scale() > 0 ? "%.1f" : "%.0f", rounded);
    }
}
