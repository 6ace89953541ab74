package nl.participatiemonitor.report.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.metrics.Signal;

/**
 * Hand-made figures of a large municipality for 2026-Q3, with shares the raad may see (the fixture's
 * municipalities are all too small for that). Suppressed like METRICS.md with k = 5 and a minimum noemer of 10.
 */
final class SampleFigures {

    static final String CODE = "GM9999";
    static final LocalDate DATA_DATE = LocalDate.of(2026, 10, 15);

    private SampleFigures() {
    }

    static CouncilFigures of(String name, List<ShownFigure> figures, List<Signal> signals,
            Map<String, BigDecimal> groupMedians) {
        return new CouncilFigures(CODE, name, Period.parse("2026-Q3"), "DEFINITIEF", 2, DATA_DATE, figures, signals,
                groupMedians);
    }

    static ShownFigure count(String period, Indicator indicator, String dimension, long count) {
        boolean suppressed = count > 0 && count < 5;
        return new ShownFigure(CODE, period, indicator, dimension, null, null, BigDecimal.valueOf(count),
                suppressed ? "<5" : Long.toString(count), suppressed);
    }

    static ShownFigure ratio(String period, Indicator indicator, long teller, long noemer) {
        BigDecimal value = BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), MathContext.DECIMAL64);
        boolean suppressed = noemer < 10;
        return new ShownFigure(CODE, period, indicator, "", teller, noemer, value,
                suppressed ? "." : value.toPlainString(), suppressed);
    }

    static Signal signal(String code, String text, String norm, String normSource) {
        return new Signal(CODE, "2026-Q3", code, null, "", null, norm, normSource, text);
    }
}
