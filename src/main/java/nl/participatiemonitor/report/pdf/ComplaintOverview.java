package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Awb 9:12a jaaroverzicht klachten of one bestuursorgaan (a municipality, {@code kind} GEMEENTE, or a
 * gemeenschappelijke regeling, GR, with its {@code members} named in words) and calendar year as it is printed: every
 * value is text, already suppressed as for the raad. Topics and outcomes are cells by code ({@code BEJEGENING},
 * {@code GEGROND}), in the order of IMPORT.md.
 */
public record ComplaintOverview(String code, String name, String kind, String members, int year, String status,
        int revision, LocalDate dataDate, String fingerprint, int smallestCount, int minNoemer, String received,
        String handled, String onTime, String onTimeTeller, String onTimeNoemer, String openAtYearEnd,
        List<Cell> topics, List<Cell> outcomes) {

    public ComplaintOverview {
        Objects.requireNonNull(fingerprint, "fingerprint");
        topics = List.copyOf(topics);
        outcomes = List.copyOf(outcomes);
    }

    /** One cell of a breakdown: the code and the count as shown. */
    public record Cell(String code, String shown) {
    }
}
