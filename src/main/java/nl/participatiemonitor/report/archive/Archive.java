package nl.participatiemonitor.report.archive;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.participatiemonitor.report.archive.Manifest.ArchivedFile;
import nl.participatiemonitor.system.Sha256;

/**
 * The publication archive: every publication goes into {@code <root>/<period>/<scope>/r<revision>/} with a
 * manifest.json beside its files, and nothing in it is ever overwritten.
 *
 * <p>Each {@code <period>/<scope>} folder holds its own hash chain r1, r2, ...: every manifest records the
 * SHA-256 of the previous revision's manifest.json in the same folder (null for r1). One chain per scope
 * lets a reviewer verify one municipality's publications for one period without the rest of the archive,
 * and lets scopes be published independently without contending for a single chain head.
 *
 * <p>Publishing again with the same job, parameters, application version, data date, deliveries and norms
 * (the run id does not count) and the same file bytes returns the latest revision unchanged. manifest.json is written last, so a revision folder without one
 * is an interrupted publication. Instances hold only the root and may be shared; two processes publishing
 * the same scope at once cannot overwrite each other, because creating the revision folder fails for
 * the one that comes second.
 */
public final class Archive {

    /** Where a publication lies, and whether this call created it or found it already published. */
    public record Publication(Path folder, int revision, boolean created, Path manifest) {
    }

    private final Path root;

    public Archive(Path outputRoot) {
        this.root = requireNonNull(outputRoot, "outputRoot");
    }

    /** The latest revision of a period and scope, or 0 when nothing was published for it yet. */
    public int latestRevision(String period, String scope) {
        requirePlainName(period, "period");
        requirePlainName(scope, "scope");
        try {
            return latestRevision(root.resolve(period).resolve(scope)).orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The latest publication of a period and scope when it was made from exactly these inputs (same deliveries,
     * norms, parameters and application version), else empty. The same inputs give the same bytes, so such a
     * publication need not be rendered again to know that publishing it would change nothing.
     */
    public Optional<Publication> latestWithInputs(String period, String scope, ManifestInput input) {
        int latest = latestRevision(period, scope);
        if (latest == 0) {
            return Optional.empty();
        }
        Path latestFolder = root.resolve(period).resolve(scope).resolve(ArchiveLayout.revisionName(latest));
        Path manifest = latestFolder.resolve(ArchiveLayout.MANIFEST);
        try {
            Manifest previous = parseLatestManifest(latestFolder, readLatestManifest(latestFolder, manifest));
            return Manifest.inputsFingerprint(input).equals(previous.inputsFingerprint())
                    ? Optional.of(new Publication(latestFolder, latest, false, manifest))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether publishing these inputs and files would change nothing: the latest revision has the same
     * inputs and exactly these files. Changes nothing itself, so a report that prints its revision can be
     * rendered for the latest revision, checked, and rendered anew for the next one when it differs.
     */
    public boolean matchesLatest(String period, String scope, ManifestInput input, Map<String, Path> files) {
        int latest = latestRevision(period, scope);
        if (latest == 0) {
            return false;
        }
        Path latestFolder = root.resolve(period).resolve(scope).resolve(ArchiveLayout.revisionName(latest));
        try {
            Manifest previous = parseLatestManifest(latestFolder,
                    readLatestManifest(latestFolder, latestFolder.resolve(ArchiveLayout.MANIFEST)));
            return Manifest.inputsFingerprint(input).equals(previous.inputsFingerprint())
                    && archived(new TreeMap<>(files)).equals(previous.files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes the given files, named as they should be called in the archive, for one period and scope.
     * The caller keeps its temporary files: they are copied, never moved or deleted.
     */
    public Publication publish(String period, String scope, ManifestInput input, Map<String, Path> files) {
        requirePlainName(period, "period");
        requirePlainName(scope, "scope");
        requireNonNull(input, "input");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("A publication needs at least one file");
        }
        files.keySet().forEach(name -> requirePlainName(name, "file name"));
        if (files.containsKey(ArchiveLayout.MANIFEST)) {
            throw new IllegalArgumentException(ArchiveLayout.MANIFEST + " is written by the archive itself");
        }
        try {
            return publish(root.resolve(period).resolve(scope), period, scope, input, new TreeMap<>(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Publication publish(Path scopeFolder, String period, String scope, ManifestInput input,
            TreeMap<String, Path> files) throws IOException {
        List<ArchivedFile> archived = archived(files);
        OptionalInt latest = latestRevision(scopeFolder);
        String previousManifestSha256 = null;
        if (latest.isPresent()) {
            Path latestFolder = scopeFolder.resolve(ArchiveLayout.revisionName(latest.getAsInt()));
            Path latestManifest = latestFolder.resolve(ArchiveLayout.MANIFEST);
            byte[] previousBytes = readLatestManifest(latestFolder, latestManifest);
            Manifest previous = parseLatestManifest(latestFolder, previousBytes);
            if (Manifest.inputsFingerprint(input).equals(previous.inputsFingerprint())
                    && archived.equals(previous.files())) {
                return new Publication(latestFolder, latest.getAsInt(), false, latestManifest);
            }
            previousManifestSha256 = Sha256.of(previousBytes);
        }
        int revision = latest.orElse(0) + 1;
        Path folder = scopeFolder.resolve(ArchiveLayout.revisionName(revision));
        boolean restricted = ArchiveLayout.isRestricted(scope);
        Files.createDirectories(scopeFolder.getParent());
        OwnerOnly.createDirectories(scopeFolder, restricted);
        OwnerOnly.createDirectory(folder, restricted);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            OwnerOnly.copy(file.getValue(), folder.resolve(file.getKey()), restricted);
        }
        Path manifest = folder.resolve(ArchiveLayout.MANIFEST);
        OwnerOnly.write(manifest, Manifest.of(revision, period, scope, input, archived, previousManifestSha256).toJson(),
                restricted);
        return new Publication(folder, revision, true, manifest);
    }

    private static List<ArchivedFile> archived(TreeMap<String, Path> files) throws IOException {
        List<ArchivedFile> archived = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            archived.add(new ArchivedFile(file.getKey(), Sha256.of(file.getValue()), Files.size(file.getValue())));
        }
        return archived;
    }

    private static OptionalInt latestRevision(Path scopeFolder) throws IOException {
        if (!Files.isDirectory(scopeFolder)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> entries = Files.list(scopeFolder)) {
            return entries.filter(Files::isDirectory)
                    .map(ArchiveLayout::revisionNumber)
                    .flatMapToInt(OptionalInt::stream)
                    .max();
        }
    }

    private static byte[] readLatestManifest(Path latestFolder, Path latestManifest) throws IOException {
        if (!Files.isRegularFile(latestManifest)) {
            throw new IllegalStateException(("%s has no manifest.json: an earlier publication was interrupted. "
                    + "Remove the folder %s and publish again.").formatted(ArchiveLayout.label(latestFolder),
                    latestFolder));
        }
        return Files.readAllBytes(latestManifest);
    }

    private static Manifest parseLatestManifest(Path latestFolder, byte[] bytes) {
        try {
            return Manifest.parse(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(("manifest.json of %s is unreadable, so no revision can be chained "
                    + "to it. Run the archive verifier on %s.").formatted(ArchiveLayout.label(latestFolder),
                    latestFolder), e);
        }
    }

    private static void requirePlainName(String name, String what) {
        if (!ArchiveLayout.isPlainName(name)) {
            throw new IllegalArgumentException("The " + what + " must be a single folder or file name, not: " + name);
        }
    }
}
