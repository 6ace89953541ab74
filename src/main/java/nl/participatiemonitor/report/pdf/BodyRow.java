package nl.participatiemonitor.report.pdf;

import java.util.Objects;

/**
 * An advisory body (cliëntenraad, adviesraad) covering the municipality at the peildatum, with its facts of
 * METRICS.md A6, A7 and A8. These describe an organisation, not people, and are never suppressed.
 *
 * @param id                the orgaan_id
 * @param name              its name, or the id when no name is known
 * @param kind              its soort ({@code CLIENTENRAAD_PW}, {@code CLIENTENRAAD_GR}, {@code GECOMBINEERD},
 *                          {@code ADVIESRAAD_SD}), or empty when unknown; the report texts say what it means
 * @param facilities        how many of the 7 facilities it has (A6)
 * @param evaluationOverdue whether its verordening and working agreements were not evaluated in time (A7)
 * @param seatsFilled       occupied seats (A8 bezetting, teller)
 * @param seats             seats in total (A8 bezetting, noemer); 0 when not known
 * @param clientMembers     members who receive bijstand themselves (A8 pw_client, teller) as shown: a number, or
 *                          {@code <5} when 1 to k-1, since these are named people
 */
public record BodyRow(String id, String name, String kind, int facilities, boolean evaluationOverdue,
        long seatsFilled, long seats, String clientMembers) {

    public BodyRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (facilities < 0 || facilities > 7) {
            throw new IllegalArgumentException("facilities is a number from 0 to 7, not " + facilities);
        }
    }
}
