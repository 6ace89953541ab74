package nl.participatiemonitor.ingest;

import java.nio.file.Path;
import nl.participatiemonitor.source.FileLayout;
import nl.participatiemonitor.source.SourceDefinition;

/**
 * The file one import step works on: the delivery, its source, the file's row in
 * {@code leveringsbestanden}, and where it lies. Absent (null) when the delivery has no importable
 * file for the step's entity. {@code sha256} is the file's hash when the delivery was scanned. {@code definition} is the source definition that maps the file onto its
 * entity, or null for a canonical file.
 */
record ImportFile(String deliveryId, String source, long fileId, String name, Path path, String sha256,
        CanonicalEntity entity, SourceDefinition definition) {

    /** Where the file's records lie: the definition's sheet and header row, or the canonical first sheet. */
    FileLayout layout() {
        return definition == null ? FileLayout.FIRST_SHEET : definition.layout();
    }
}
