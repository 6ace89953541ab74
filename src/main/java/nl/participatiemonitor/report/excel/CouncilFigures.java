package nl.participatiemonitor.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.metrics.Signal;

/**
 * Everything the raad's workbook shows of one municipality and run, read before the first sheet is written.
 * {@code figures} are suppressed for the raad and cover the run's period and the periods before it.
 */
record CouncilFigures(String municipality, String municipalityName, Period period, String status, int revision,
        LocalDate dataDate, List<ShownFigure> figures, List<Signal> signals, Map<String, BigDecimal> groupMedians) {

    CouncilFigures {
        figures = List.copyOf(figures);
        signals = List.copyOf(signals);
        // A group without values has a null median: kept, so it reads as no value.
        groupMedians = Collections.unmodifiableMap(new HashMap<>(groupMedians));
    }

    /** The periods with figures, and the run's own, oldest first. */
    List<String> periods() {
        return Stream.concat(figures.stream().map(ShownFigure::period), Stream.of(period.label())).distinct()
                .map(Period::parse).sorted().map(Period::label).toList();
    }

    /** The figures of one period, in catalogue order. */
    Stream<ShownFigure> ofPeriod(String label) {
        return figures.stream().filter(f -> f.period().equals(label));
    }

    /** The total (the figure without a breakdown) of an indicator in a period, or {@code null} when there is none. */
    ShownFigure total(Indicator indicator, String label) {
        return ofPeriod(label).filter(f -> f.indicator() == indicator && f.dimension().isEmpty()).findFirst()
                .orElse(null);
    }

    Optional<BigDecimal> groupMedian(Indicator indicator) {
        return Optional.ofNullable(groupMedians.get(indicator.code()));
    }
}
