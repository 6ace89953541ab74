package nl.participatiemonitor.report.archive;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.participatiemonitor.system.Sha256;

/**
 * Reads the publication archive for those who look at it rather than publish into it (the web console): the
 * publications with their manifests, and one archived file by its period, scope, revision and name. A file
 * is found only when the revision's manifest lists it, so nothing outside the archive's published files can
 * be reached through it, whatever names are asked for.
 */
public final class ArchiveReader {

    /** One revision of a publication, as its manifest lists it (manifest.json itself included, last). */
    public record Listing(String period, String scope, int revision, List<ArchivedFile> files) {
    }

    /** A published file: its name, SHA-256 and size from the manifest, and where it lies. */
    public record ArchivedFile(String name, String sha256, long bytes, Path path) {
    }

    private final Path root;

    public ArchiveReader(Path root) {
        this.root = requireNonNull(root, "root");
    }

    /** Every complete revision (one with a readable manifest), newest period first, then scope, newest revision first. */
    public List<Listing> listings() {
        List<Listing> listings = new ArrayList<>();
        for (Path period : folders(root)) {
            for (Path scope : folders(period)) {
                for (Path revision : folders(scope)) {
                    OptionalInt number = ArchiveLayout.revisionNumber(revision);
                    if (number.isPresent()) {
                        listing(period.getFileName().toString(), scope.getFileName().toString(), number.getAsInt())
                                .ifPresent(listings::add);
                    }
                }
            }
        }
        listings.sort(Comparator.comparing(Listing::period).reversed().thenComparing(Listing::scope)
                .thenComparing(Comparator.comparingInt(Listing::revision).reversed()));
        return listings;
    }

    /** One revision, when it exists and its manifest can be read. */
    public Optional<Listing> listing(String period, String scope, int revision) {
        if (!ArchiveLayout.isPlainName(period) || !ArchiveLayout.isPlainName(scope) || revision < 1) {
            return Optional.empty();
        }
        Path folder = root.resolve(period).resolve(scope).resolve(ArchiveLayout.revisionName(revision));
        Path manifestFile = folder.resolve(ArchiveLayout.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(manifestFile);
            Manifest manifest = Manifest.parse(bytes);
            if (manifest.revision() != revision || !period.equals(manifest.period()) || !scope.equals(manifest.scope())) {
                return Optional.empty();
            }
            List<ArchivedFile> files = new ArrayList<>();
            for (Manifest.ArchivedFile file : manifest.files()) {
                files.add(new ArchivedFile(file.name(), file.sha256(), file.bytes(), folder.resolve(file.name())));
            }
            files.add(new ArchivedFile(ArchiveLayout.MANIFEST, Sha256.of(bytes), bytes.length, manifestFile));
            return Optional.of(new Listing(period, scope, revision, List.copyOf(files)));
        } catch (IOException | RuntimeException unreadable) {
            // An unreadable manifest is verify's to report; the reader offers nothing of that revision.
            return Optional.empty();
        }
    }

    /** The file {@code name} of a revision, when its manifest lists it. */
    public Optional<ArchivedFile> file(String period, String scope, int revision, String name) {
        if (!ArchiveLayout.isPlainName(name)) {
            return Optional.empty();
        }
        return listing(period, scope, revision).flatMap(listing -> listing.files().stream()
                .filter(file -> file.name().equals(name)).findFirst());
    }

    private static List<Path> folders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
