package nl.participatiemonitor.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the manifest.json of an archived revision says about it, as far as an e-mail needs it: the run that made it,
 * its parameters (the municipality, the bestuursorgaan) and the SHA-256 of each file.
 */
record ArchivedRevision(Path folder, int revision, long runId, String job, Map<String, String> parameters,
        Map<String, String> fileHashes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ArchivedRevision read(Path folder) {
        try {
            JsonNode manifest = JSON.readTree(Files.readAllBytes(folder.resolve("manifest.json")));
            Map<String, String> parameters = new TreeMap<>();
            manifest.path("parameters").fields().forEachRemaining(f -> parameters.put(f.getKey(), f.getValue().asText()));
            Map<String, String> hashes = new LinkedHashMap<>();
            manifest.path("files").forEach(f -> hashes.put(f.path("name").asText(), f.path("sha256").asText()));
            return new ArchivedRevision(folder, manifest.path("revision").asInt(),
                    Long.parseLong(manifest.path("runId").asText()), manifest.path("job").asText(), parameters, hashes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revision before this one in the same period and scope, when there is one. */
    Optional<ArchivedRevision> previous() {
        if (revision <= 1) {
            return Optional.empty();
        }
        Path previous = folder.resolveSibling("r" + (revision - 1));
        return Files.isRegularFile(previous.resolve("manifest.json")) ? Optional.of(read(previous)) : Optional.empty();
    }

    /** The archived PDF, when the revision has one. */
    Optional<String> pdf() {
        return fileHashes.keySet().stream().filter(name -> name.endsWith(".pdf")).findFirst();
    }
}
