package nl.participatiemonitor.report.archive;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a publication was made from, as recorded in its manifest. The run id is kept for tracing but is
 * not part of the publication's identity; deliveries are kept sorted by id and the maps in natural key
 * order, so the caller's ordering never changes the manifest.
 */
public record ManifestInput(String runId, String job, SortedMap<String, String> parameters, String applicationVersion,
        String dataDate, List<DeliveryUsed> deliveries, SortedMap<String, String> norms, AuditHead auditHead) {

    /** One delivered file whose rows went into the published figures. */
    public record DeliveryUsed(String id, String source, String fileName, String sha256, long rows) {
    }

    /**
     * The last row of the audit trail when the publication was made, kept in its manifest outside the database,
     * so that a later 'audit verify' finds a chain that was rewritten or shortened behind that row. Not part of
     * the publication's identity.
     */
    public record AuditHead(long id, String hash) {
    }

    /** Inputs without an audit anchor (an empty audit trail). */
    public ManifestInput(String runId, String job, SortedMap<String, String> parameters, String applicationVersion,
            String dataDate, List<DeliveryUsed> deliveries, SortedMap<String, String> norms) {
        this(runId, job, parameters, applicationVersion, dataDate, deliveries, norms, null);
    }

    private static final Comparator<DeliveryUsed> BY_ID = Comparator.comparing(DeliveryUsed::id)
            .thenComparing(DeliveryUsed::source).thenComparing(DeliveryUsed::fileName);

    public ManifestInput {
        requireNonNull(runId, "runId");
        requireNonNull(job, "job");
        requireNonNull(applicationVersion, "applicationVersion");
        requireNonNull(dataDate, "dataDate");
        parameters = naturalOrder(requireNonNull(parameters, "parameters"));
        deliveries = requireNonNull(deliveries, "deliveries").stream().sorted(BY_ID).toList();
        norms = naturalOrder(requireNonNull(norms, "norms"));
    }

    /**
     * SHA-256 of everything this publication is made from except the run that made it; the manifest records it as
     * {@code inputsFingerprint}, and a report prints it so a reader can match the paper to its manifest.
     */
    public String fingerprint() {
        return Manifest.inputsFingerprint(this);
    }

    // A SortedMap may carry its own comparator; copying entry by entry puts the keys in natural order.
    private static SortedMap<String, String> naturalOrder(SortedMap<String, String> map) {
        TreeMap<String, String> copy = new TreeMap<>();
        copy.putAll(map);
        return Collections.unmodifiableSortedMap(copy);
    }
}
