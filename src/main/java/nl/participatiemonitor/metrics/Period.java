package nl.participatiemonitor.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A reporting period (a month, quarter, half year or year) with both start and end inclusive; its end is
 * the peildatum. Written as {@code 2026-07}, {@code 2026-Q3}, {@code 2026-H2} or {@code 2026}.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) implements Comparable<Period> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12]))?");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start).thenComparing(Period::end);

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.equals(firstDay(kind, start)) || !end.equals(lastDay(kind, start))) {
            throw new IllegalArgumentException(start + ".." + end + " is not a " + kind + " period");
        }
    }

    /** The period of the given kind that contains {@code day}. */
    public static Period of(PeriodKind kind, LocalDate day) {
        LocalDate start = firstDay(kind, day);
        return new Period(kind, start, lastDay(kind, start));
    }

    /** Reads a period label; only the four forms {@code 2026}, {@code 2026-H2}, {@code 2026-Q3} and {@code 2026-07}. */
    public static Period parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new IllegalArgumentException("Periode '" + label + "' is onbekend; schrijf 2026, 2026-H2, 2026-Q3 of "
                    + "2026-07. / Period '" + label + "' is not understood; write 2026, 2026-H2, 2026-Q3 or 2026-07.");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return of(PeriodKind.MONTH, LocalDate.of(year, Integer.parseInt(m.group(2)), 1));
        }
        if (m.group(3) != null) {
            return of(PeriodKind.QUARTER, LocalDate.of(year, Integer.parseInt(m.group(3)) * 3 - 2, 1));
        }
        if (m.group(4) != null) {
            return of(PeriodKind.HALF_YEAR, LocalDate.of(year, Integer.parseInt(m.group(4)) * 6 - 5, 1));
        }
        return of(PeriodKind.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The last period of the given kind that ended before {@code today}: the one a scheduled report is about. */
    public static Period lastComplete(PeriodKind kind, LocalDate today) {
        return of(kind, today).previous();
    }

    /** The label in the form {@link #parse} reads. */
    public String label() {
        String year = String.format("%04d", start.getYear());
        int number = (start.getMonthValue() - 1) / kind.months() + 1;
        return switch (kind) {
            case MONTH -> year + "-" + String.format("%02d", number);
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case YEAR -> year;
        };
    }

    /** The reference date R of METRICS.md: the last day of the period. */
    public LocalDate peildatum() {
        return end;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return of(kind, start.minusMonths(kind.months()));
    }

    /** The {@code n} periods of the same kind before this one, most recent first (for trend charts). */
    public List<Period> previous(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        return Stream.iterate(previous(), Period::previous).limit(n).toList();
    }

    /** Orders by start date; periods that start on the same day (2026-01, 2026-Q1, 2026) shortest first. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    private static LocalDate firstDay(PeriodKind kind, LocalDate day) {
        int month = (day.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    private static LocalDate lastDay(PeriodKind kind, LocalDate start) {
        return start.plusMonths(kind.months()).minusDays(1);
    }
}
