package nl.participatiemonitor.metrics;

/** The kinds of reporting period the indicators are computed for: month, quarter, half year and year. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** Number of calendar months in one period of this kind; every period starts on a multiple of it. */
    int months() {
        return months;
    }
}
