package nl.participatiemonitor.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;

/** The period a publication job is about, relative to the day it fires: the last complete month, quarter, half year or year. */
public enum RelativePeriod {

    PREVIOUS_MONTH("vorige-maand", PeriodKind.MONTH),
    PREVIOUS_QUARTER("vorig-kwartaal", PeriodKind.QUARTER),
    PREVIOUS_HALF_YEAR("vorig-halfjaar", PeriodKind.HALF_YEAR),
    PREVIOUS_YEAR("vorig-jaar", PeriodKind.YEAR);

    private final String word;
    private final PeriodKind kind;

    RelativePeriod(String word, PeriodKind kind) {
        this.word = word;
        this.kind = kind;
    }

    public String word() {
        return word;
    }

    /** The period this stands for when the job fires on {@code day}. */
    public Period relativeTo(LocalDate day) {
        return Period.lastComplete(kind, day);
    }

    static Optional<RelativePeriod> of(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }
}
