package nl.participatiemonitor.ingest;

import java.nio.file.Path;

/**
 * The file one import step works on: the delivery, its source, the file's row in
 * {@code leveringsbestanden}, and where it lies. Absent (null) when the delivery has no importable
 * file for the step's entity.
 */
record ImportFile(String deliveryId, String source, long fileId, String name, Path path, CanonicalEntity entity) {
}
