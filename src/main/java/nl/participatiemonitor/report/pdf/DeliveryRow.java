package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One delivery the figures rest on, in the Verantwoording: who delivered it, for which period, when it came in and
 * what became of its lines.
 */
public record DeliveryRow(String source, String period, LocalDate importedOn, long read, long imported, long rejected,
        String status) {

    public DeliveryRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedOn, "importedOn");
        Objects.requireNonNull(status, "status");
    }
}
