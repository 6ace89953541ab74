package nl.participatiemonitor.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Section 6 of the raadsrapportage, Verantwoording: the rules the figures were made by, and the fingerprint of the
 * data they rest on.
 *
 * @param fingerprint        identifies the inputs of the figures (the manifest's fingerprint), so a reader can
 *                           check that two reports rest on the same data
 * @param smallestCount      N.k: counts from 1 to k - 1 are shown as {@code <k}
 * @param minNoemer          N.min_noemer: a ratio or median over fewer observations is shown as {@code .}
 * @param definitiveAfterDays N.definitief_na_dagen: days after the end of the period before figures can be final
 * @param evaluationYears    N.evaluatie_interval_jaren: how often an advisory body's rules must be evaluated (A7)
 * @param deliveries         the deliveries the figures rest on, oldest first
 */
public record Accountability(String fingerprint, int smallestCount, int minNoemer, int definitiveAfterDays,
        int evaluationYears, List<DeliveryRow> deliveries) {

    /** Without the list of deliveries. */
    public Accountability(String fingerprint, int smallestCount, int minNoemer, int definitiveAfterDays,
            int evaluationYears) {
        this(fingerprint, smallestCount, minNoemer, definitiveAfterDays, evaluationYears, List.of());
    }

    public Accountability {
        deliveries = List.copyOf(deliveries);
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (fingerprint.isBlank()) {
            throw new IllegalArgumentException("fingerprint must not be blank");
        }
    }
}
