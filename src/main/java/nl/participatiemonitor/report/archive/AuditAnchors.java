package nl.participatiemonitor.report.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.audit.AuditTrail;

/**
 * The audit trail's heads as the archive's manifests recorded them, outside the database: 'audit verify' checks
 * each against the trail, so a chain rewritten or cut short after a publication is found. A manifest that cannot
 * be read is left to 'verify', which checks the archive itself.
 */
public final class AuditAnchors {

    private AuditAnchors() {
    }

    /** Every head recorded in a manifest under {@code root}, highest row first. */
    public static List<AuditTrail.Anchor> in(Path root) throws IOException {
        List<AuditTrail.Anchor> anchors = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return anchors;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(p -> p.getFileName().toString().equals(ArchiveLayout.MANIFEST)).sorted().toList()) {
                ManifestInput.AuditHead head;
                try {
                    head = Manifest.parse(Files.readAllBytes(file)).auditHead();
                } catch (IOException unreadable) {
                    continue;
                }
                if (head != null) {
                    anchors.add(new AuditTrail.Anchor(root.relativize(file).toString(),
                            new AuditTrail.Head(head.id(), head.hash())));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        anchors.sort(Comparator.comparingLong((AuditTrail.Anchor a) -> a.head().id()).reversed());
        return anchors;
    }
}
