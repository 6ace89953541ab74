package nl.participatiemonitor.report.excel;

import nl.participatiemonitor.metrics.Indicator;

/** How a figure's number reads: the number format for people and the one for the machine-readable sheet. */
enum FigureScale {

    COUNT("#,##0", "0"),
    /** A fraction between 0 and 1: a percentage for people, the raw fraction for machines (METRICS.md). */
    SHARE("0.0%", "0.0000"),
    /** Contacts per client: a ratio that may exceed 1, so never a percentage. */
    PER_CLIENT("0.00", "0.0000"),
    /** K2 (per 1,000 clients) and C3 (median days), stored with one decimal. */
    ONE_DECIMAL("0.0", "0.0");

    private final String forPeople;
    private final String forData;

    FigureScale(String forPeople, String forData) {
        this.forPeople = forPeople;
        this.forData = forData;
    }

    static FigureScale of(Indicator indicator, String dimension) {
        return switch (indicator.kind()) {
            case COUNT, BODY_FACT -> COUNT;
            case MEDIAN, RATE -> ONE_DECIMAL;
            // The cells of a ratio's breakdown (A4 per uitkomst) are counts.
            case RATIO -> !dimension.isEmpty() ? COUNT : indicator == Indicator.C5 ? PER_CLIENT : SHARE;
            case BODY_RATIO -> SHARE;
        };
    }

    String forPeople() {
        return forPeople;
    }

    String forData() {
        return forData;
    }
}
