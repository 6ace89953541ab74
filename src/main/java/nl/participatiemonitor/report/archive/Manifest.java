package nl.participatiemonitor.report.archive;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import nl.participatiemonitor.report.archive.ManifestInput.DeliveryUsed;
import nl.participatiemonitor.system.Sha256;

/**
 * The content of one manifest.json. It is always written the same way (keys sorted, two-space indent,
 * {@code \n} line ends, no clock time), so the same publication gives the same bytes on every machine.
 */
record Manifest(int revision, String period, String scope, String runId, String job,
        SortedMap<String, String> parameters, String applicationVersion, String dataDate,
        List<DeliveryUsed> deliveries, SortedMap<String, String> norms, String inputsFingerprint,
        List<ArchivedFile> files, String previousManifestSha256,
        @JsonInclude(JsonInclude.Include.NON_NULL) ManifestInput.AuditHead auditHead) {

    /** One published file as listed in the manifest, sorted by name. */
    record ArchivedFile(String name, String sha256, long bytes) {

        ArchivedFile {
            if (!ArchiveLayout.isPlainName(name)) {
                throw new IllegalArgumentException("Not a plain file name: " + name);
            }
            requireNonNull(sha256, "sha256");
        }
    }

    /** The inputs that decide whether two publications are the same; the run id is deliberately left out. */
    private record Inputs(String job, SortedMap<String, String> parameters, String applicationVersion,
            String dataDate, List<DeliveryUsed> deliveries, SortedMap<String, String> norms) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    Manifest {
        requireNonNull(files, "files");
    }

    static Manifest of(int revision, String period, String scope, ManifestInput input, List<ArchivedFile> files,
            String previousManifestSha256) {
        return new Manifest(revision, period, scope, input.runId(), input.job(), input.parameters(),
                input.applicationVersion(), input.dataDate(), input.deliveries(), input.norms(),
                inputsFingerprint(input), files, previousManifestSha256, input.auditHead());
    }

    /**
     * SHA-256 of the compact JSON, keys sorted, of applicationVersion, dataDate, deliveries, job, norms and
     * parameters: everything a publication is made from except the run that happened to make it.
     */
    static String inputsFingerprint(ManifestInput input) {
        Inputs inputs = new Inputs(input.job(), input.parameters(), input.applicationVersion(), input.dataDate(),
                input.deliveries(), input.norms());
        try {
            return Sha256.of(JSON.writeValueAsBytes(inputs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Manifest inputs cannot be written as JSON", e);
        }
    }

    static Manifest parse(byte[] json) throws IOException {
        Manifest manifest = JSON.readValue(json, Manifest.class);
        if (manifest == null) {
            throw new IOException("manifest.json holds JSON null instead of a manifest");
        }
        return manifest;
    }

    byte[] toJson() {
        try {
            return (PRETTY.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A manifest cannot be written as JSON", e);
        }
    }
}
