package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the raadsrapportage of one municipality and period shows, ready to print: names, status and already
 * formatted figures, in the order of REPORTS.md: cover, samenvatting ({@code keyFigures}, {@code signals}),
 * klachten, cliëntenraad en adviezen, contact, verantwoording. {@code dataDate} is the date of the data; it is also
 * the PDF's creation date, so the same report renders to the same bytes.
 */
public record CouncilReport(String municipalityCode, String municipalityName, String period, String status,
        int revision, LocalDate dataDate, List<KeyFigure> keyFigures, List<SignalLine> signals,
        ComplaintSection complaints, AdviceSection advice, ContactSection contact, Accountability accountability) {

    private static final Set<String> STATUSES = Set.of("VOORLOPIG", "DEFINITIEF");

    public CouncilReport {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dataDate, "dataDate");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be VOORLOPIG or DEFINITIEF, not " + status);
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, not " + revision);
        }
        keyFigures = List.copyOf(keyFigures);
        signals = List.copyOf(signals);
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(accountability, "accountability");
    }
}
