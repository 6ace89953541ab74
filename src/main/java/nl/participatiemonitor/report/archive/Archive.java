package nl.participatiemonitor.report.archive;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.participatiemonitor.report.archive.Manifest.ArchivedFile;
import nl.participatiemonitor.system.DutchTime;
import nl.participatiemonitor.system.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

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
 * (the run id does not count) and the same file bytes returns the latest revision unchanged.
 *
 * <p>A revision is written in a scratch folder beside it ({@code <scope>/.r3.partial-<pid>-<n>}, on the same file
 * system) and renamed into place in one atomic step once its manifest.json is written, so a process that is
 * killed never leaves a half revision: only a scratch folder, which the next publication into that scope removes
 * when the process that wrote it is gone. A revision folder without manifest.json (left by an older version) is
 * set aside as {@code <scope>/.onvolledig-r3-<time>}, logged, and published again. Instances hold only the root
 * and a clock and may be shared; two processes publishing the same scope at once cannot overwrite each other,
 * because the rename fails for the one that comes second.
 */
public final class Archive {

    private static final Logger log = LoggerFactory.getLogger(Archive.class);

    /** Test hook: a process publishing with this system property set pauses for good after writing that file. */
    static final String PAUSE_AFTER_FILE = "pm.test.pause-after-file";

    private static final AtomicLong SCRATCH_NUMBER = new AtomicLong();
    private static final DateTimeFormatter SET_ASIDE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    /** Where a publication lies, and whether this call created it or found it already published. */
    public record Publication(Path folder, int revision, boolean created, Path manifest) {
    }

    private final Path root;
    private final Clock clock;

    public Archive(Path outputRoot, Clock clock) {
        this.root = requireNonNull(outputRoot, "outputRoot");
        this.clock = requireNonNull(clock, "clock");
    }

    /** An archive that names set-aside folders by the system's Dutch time (tests and tools without a clock bean). */
    public Archive(Path outputRoot) {
        this(outputRoot, DutchTime.systemClock());
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
        Files.createDirectories(scopeFolder);
        removeAbandonedScratch(scopeFolder);
        Path scratch = scopeFolder.resolve(ArchiveLayout.scratchName(revision, ProcessHandle.current().pid(),
                SCRATCH_NUMBER.incrementAndGet()));
        Files.createDirectory(scratch);
        try {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                Files.copy(file.getValue(), scratch.resolve(file.getKey()));
                pauseIfAsked(file.getKey());
            }
            Files.write(scratch.resolve(ArchiveLayout.MANIFEST),
                    Manifest.of(revision, period, scope, input, archived, previousManifestSha256).toJson(),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(scratch, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException taken) {
                throw new IllegalStateException(("%s is zojuist door een ander proces gepubliceerd; publiceer opnieuw. "
                        + "/ %s was just published by another process; publish again.").formatted(
                        ArchiveLayout.label(folder), ArchiveLayout.label(folder)), taken);
            }
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
        return new Publication(folder, revision, true, folder.resolve(ArchiveLayout.MANIFEST));
    }

    /**
     * Removes the scratch folders in a scope folder whose process is gone (killed while publishing). A scratch
     * folder of a process that still runs on this machine is left alone: it may be publishing right now.
     */
    private static void removeAbandonedScratch(Path scopeFolder) throws IOException {
        try (Stream<Path> entries = Files.list(scopeFolder)) {
            for (Path entry : entries.toList()) {
                OptionalLong pid = ArchiveLayout.scratchProcess(entry);
                if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true)) {
                    FileSystemUtils.deleteRecursively(entry);
                    log.info("Kladmap {} van een afgebroken publicatie verwijderd / scratch folder of an interrupted "
                            + "publication removed", entry);
                }
            }
        }
    }

    private static void pauseIfAsked(String fileName) {
        String pauseAfter = System.getProperty(PAUSE_AFTER_FILE);
        if (pauseAfter != null && !pauseAfter.isEmpty() && fileName.startsWith(pauseAfter)) {
            log.warn("{} is gezet: deze publicatie wacht nu tot het proces wordt gestopt / pausing for a test", PAUSE_AFTER_FILE);
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Publication interrupted while paused for a test", e);
            }
        }
    }

    private static List<ArchivedFile> archived(TreeMap<String, Path> files) throws IOException {
        List<ArchivedFile> archived = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            archived.add(new ArchivedFile(file.getKey(), Sha256.of(file.getValue()), Files.size(file.getValue())));
        }
        return archived;
    }

    /**
     * The latest complete revision in a scope folder. While the highest revision folder has no manifest.json (a
     * publication of an older version that was interrupted), it is set aside and the one below it counts.
     */
    private OptionalInt latestRevision(Path scopeFolder) throws IOException {
        while (true) {
            OptionalInt highest = highestRevision(scopeFolder);
            if (highest.isEmpty()) {
                return highest;
            }
            Path folder = scopeFolder.resolve(ArchiveLayout.revisionName(highest.getAsInt()));
            if (Files.isRegularFile(folder.resolve(ArchiveLayout.MANIFEST))) {
                return highest;
            }
            setAside(folder);
        }
    }

    private void setAside(Path folder) throws IOException {
        String time = SET_ASIDE_TIME.format(LocalDateTime.now(clock.withZone(DutchTime.ZONE)));
        Path aside = folder.resolveSibling(ArchiveLayout.setAsideName(folder.getFileName().toString(), time, 0));
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.resolveSibling(ArchiveLayout.setAsideName(folder.getFileName().toString(), time, n));
        }
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        log.warn("{} had geen manifest.json (onderbroken publicatie): apart gezet als {} en opnieuw gepubliceerd. / {} had "
                + "no manifest.json (interrupted publication): set aside as {} and published again.",
                ArchiveLayout.label(folder), aside, ArchiveLayout.label(folder), aside);
    }

    private static OptionalInt highestRevision(Path scopeFolder) throws IOException {
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
