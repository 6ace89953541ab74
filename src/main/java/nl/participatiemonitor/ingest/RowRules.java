package nl.participatiemonitor.ingest;

import java.time.LocalDate;

/** The cross-column rules of IMPORT.md ("impossible dates" and values that only make sense together). */
final class RowRules {

    private RowRules() {
    }

    /** {@code later} must lie strictly after {@code earlier} (an exclusive end after its start). */
    static RowRule after(String later, String earlier) {
        return (row, refs, problems) -> {
            LocalDate end = row.date(later);
            LocalDate start = row.date(earlier);
            if (end != null && start != null && !end.isAfter(start)) {
                problems.add(new Problem(later, row.shown(later),
                        later + " (" + end + ") moet na " + earlier + " (" + start + ") liggen.",
                        later + " (" + end + ") must be after " + earlier + " (" + start + ")."));
            }
        };
    }

    /** {@code later} cannot lie before {@code earlier}; the same day is fine. */
    static RowRule notBefore(String later, String earlier) {
        return (row, refs, problems) -> {
            LocalDate date = row.date(later);
            LocalDate reference = row.date(earlier);
            if (date != null && reference != null && date.isBefore(reference)) {
                problems.add(new Problem(later, row.shown(later),
                        later + " (" + date + ") ligt vóór " + earlier + " (" + reference + ").",
                        later + " (" + date + ") is before " + earlier + " (" + reference + ")."));
            }
        };
    }

    static RowRule atMost(String smaller, String larger) {
        return (row, refs, problems) -> {
            Integer value = row.number(smaller);
            Integer limit = row.number(larger);
            if (value != null && limit != null && value > limit) {
                problems.add(new Problem(smaller, row.shown(smaller),
                        smaller + " (" + value + ") is groter dan " + larger + " (" + limit + ").",
                        smaller + " (" + value + ") is larger than " + larger + " (" + limit + ")."));
            }
        };
    }

    static RowRule requiredWith(String column, String trigger) {
        return (row, refs, problems) -> {
            if (row.has(trigger) && !row.has(column)) {
                problems.add(new Problem(column, "",
                        column + " ontbreekt; die is verplicht als " + trigger + " is ingevuld.",
                        column + " is missing; it is required when " + trigger + " is filled in."));
            }
        };
    }

    static RowRule onlyWith(String column, String trigger) {
        return (row, refs, problems) -> {
            if (row.has(column) && !row.has(trigger)) {
                problems.add(new Problem(column, row.shown(column),
                        column + " is ingevuld maar " + trigger + " niet; vul " + trigger + " in of laat "
                                + column + " leeg.",
                        column + " is filled in but " + trigger + " is not; fill in " + trigger + " or leave "
                                + column + " empty."));
            }
        };
    }

    /** Only requested advice has a date on which it was requested. */
    static RowRule requestedOnly(String column) {
        return (row, refs, problems) -> {
            if (row.has(column) && "ONGEVRAAGD".equals(row.get("soort"))) {
                problems.add(new Problem(column, row.shown(column),
                        column + " is ingevuld bij een ongevraagd advies; laat het leeg of maak soort GEVRAAGD.",
                        column + " is filled in for unrequested advice; leave it empty or set soort to GEVRAAGD."));
            }
        };
    }

    /** A college cannot answer advice before the advisory body issued it. */
    static RowRule answeredAfterIssue() {
        return (row, refs, problems) -> {
            LocalDate answered = row.date("reactie_datum");
            LocalDate issued = row.has("advies_id") ? refs.adviceIssuedOn((String) row.get("advies_id")) : null;
            if (answered != null && issued != null && answered.isBefore(issued)) {
                problems.add(new Problem("reactie_datum", row.shown("reactie_datum"),
                        "reactie_datum (" + answered + ") ligt vóór de datum waarop het advies is uitgebracht ("
                                + issued + ").",
                        "reactie_datum (" + answered + ") is before the date the advice was issued (" + issued + ")."));
            }
        };
    }
}
