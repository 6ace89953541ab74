package nl.participatiemonitor.report.archive;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.participatiemonitor.report.archive.Manifest.ArchivedFile;
import nl.participatiemonitor.system.Sha256;

/**
 * Checks that published folders still hold exactly what their manifests say and that each chain of
 * manifests is unbroken, and names the first thing that does not match.
 *
 * <p>The folder may be the archive root, a period, a scope or one revision folder. Scopes are checked in
 * order of period and scope; within a scope the chain comes first (revisions numbered on from r1, each
 * manifest.json readable and in its own folder, each previousManifestSha256 equal to the SHA-256 of the
 * previous manifest.json), then the files of each revision in turn. Checking the chain first means that when
 * a later revision still vouches for a manifest, a mismatching file is blamed on the file and an edited
 * manifest on the manifest. Verification stops at the first problem; the counts say how much was checked
 * before it. Stateless and safe to share.
 */
public final class ArchiveVerifier {

    /**
     * The outcome of one verification; {@code ok} exactly when there is no problem. {@code leftovers} are the
     * folders that are not part of the archive and were not checked: scratch folders of a publication that was
     * interrupted or is still being written, and interrupted revisions that a later publication set aside.
     */
    public record VerificationResult(boolean ok, int manifestsChecked, int filesChecked,
            Optional<Problem> firstProblem, List<Path> leftovers) {

        public VerificationResult(boolean ok, int manifestsChecked, int filesChecked, Optional<Problem> firstProblem) {
            this(ok, manifestsChecked, filesChecked, firstProblem, List.of());
        }
    }

    /** The first file, folder or manifest that does not match, explained in Dutch and in English. */
    public record Problem(Path path, String dutch, String english) {
    }

    public VerificationResult verify(Path folder) {
        return new Verification().run(folder.toAbsolutePath().normalize());
    }

    /** One verification run, counting as it goes. */
    private static final class Verification {

        private int manifestsChecked;
        private int filesChecked;

        VerificationResult run(Path folder) {
            List<Path> leftovers;
            try {
                leftovers = leftovers(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                List<Path> revisions = revisionFolders(folder);
                if (revisions.isEmpty()) {
                    throw found(folder, "Er zijn geen publicaties (mappen r1, r2, ...) gevonden in %s.",
                            "No publications (folders r1, r2, ...) were found in %s.", folder);
                }
                Map<Path, List<Path>> byScope = revisions.stream()
                        .collect(groupingBy(Path::getParent, LinkedHashMap::new, toList()));
                for (List<Path> chain : byScope.values()) {
                    Map<Path, Manifest> manifests = new LinkedHashMap<>();
                    for (Path revision : chain) {
                        manifests.put(revision, checkChain(revision));
                    }
                    for (Map.Entry<Path, Manifest> revision : manifests.entrySet()) {
                        checkFiles(revision.getKey(), revision.getValue());
                    }
                }
                return new VerificationResult(true, manifestsChecked, filesChecked, Optional.empty(), leftovers);
            } catch (Found found) {
                return new VerificationResult(false, manifestsChecked, filesChecked, Optional.of(found.problem),
                        leftovers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Manifest checkChain(Path revision) throws IOException, Found {
            int number = number(revision);
            Path previous = revision.resolveSibling(ArchiveLayout.revisionName(number - 1));
            if (number > 1 && !Files.isDirectory(previous)) {
                throw found(previous, "r%d ontbreekt in %s: de revisies moeten vanaf r1 doorlopen.",
                        "r%d is missing from %s: revisions must run on from r1.",
                        number - 1, ArchiveLayout.scopeLabel(revision.getParent()));
            }
            Path manifestFile = revision.resolve(ArchiveLayout.MANIFEST);
            Manifest manifest = parse(revision, manifestBytes(revision));
            String period = name(revision.getParent().getParent());
            String scope = name(revision.getParent());
            if (manifest.revision() != number || !period.equals(manifest.period()) || !scope.equals(manifest.scope())) {
                throw found(manifestFile, "manifest.json in %s hoort bij %s/%s/r%d.",
                        "manifest.json in %s belongs to %s/%s/r%d.", ArchiveLayout.label(revision),
                        manifest.period(), manifest.scope(), manifest.revision());
            }
            if (number == 1 && manifest.previousManifestSha256() != null) {
                throw found(manifestFile,
                        "manifest.json van %s klopt niet met de keten: r1 hoort niet naar een vorige manifest.json te verwijzen.",
                        "manifest.json of %s does not fit the chain: r1 must not refer to a previous manifest.json.",
                        ArchiveLayout.label(revision));
            }
            if (number > 1 && !Sha256.of(manifestBytes(previous)).equals(manifest.previousManifestSha256())) {
                throw found(previous.resolve(ArchiveLayout.MANIFEST),
                        "manifest.json van %s klopt niet met de keten: r%d verwijst naar een andere SHA-256.",
                        "manifest.json of %s does not fit the chain: r%d refers to a different SHA-256.",
                        ArchiveLayout.label(previous), number);
            }
            manifestsChecked++;
            return manifest;
        }

        private void checkFiles(Path revision, Manifest manifest) throws IOException, Found {
            String where = ArchiveLayout.label(revision);
            Set<String> listed = new HashSet<>();
            for (ArchivedFile file : manifest.files()) {
                Path path = revision.resolve(file.name());
                if (!Files.isRegularFile(path)) {
                    throw found(path, "%s ontbreekt in %s.", "%s is missing from %s.", file.name(), where);
                }
                if (!Sha256.of(path).equals(file.sha256())) {
                    throw found(path, "%s in %s is gewijzigd: de SHA-256 is niet die uit manifest.json.",
                            "%s in %s has been changed: its SHA-256 is not the one in manifest.json.",
                            file.name(), where);
                }
                // Same SHA-256 but another size: the bytes are the ones that were hashed, so the manifest changed.
                if (Files.size(path) != file.bytes()) {
                    throw found(revision.resolve(ArchiveLayout.MANIFEST),
                            "manifest.json van %s is gewijzigd: de grootte van %s is niet die van het bestand.",
                            "manifest.json of %s has been changed: the size of %s is not that of the file.",
                            where, file.name());
                }
                filesChecked++;
                listed.add(file.name());
            }
            try (Stream<Path> entries = Files.list(revision)) {
                Optional<Path> extra = entries.sorted()
                        .filter(entry -> !entry.getFileName().toString().equals(ArchiveLayout.MANIFEST))
                        .filter(entry -> !listed.contains(entry.getFileName().toString()))
                        .findFirst();
                if (extra.isPresent()) {
                    throw found(extra.get(), "%s in %s staat niet in manifest.json.",
                            "%s in %s is not listed in manifest.json.", extra.get().getFileName(), where);
                }
            }
        }

        private static byte[] manifestBytes(Path revision) throws IOException, Found {
            Path manifest = revision.resolve(ArchiveLayout.MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                throw found(manifest, "manifest.json ontbreekt in %s: een publicatie van een eerdere versie is "
                        + "onderbroken. De volgende publicatie van deze scope zet de map apart en publiceert opnieuw.",
                        "manifest.json is missing from %s: a publication by an earlier version was interrupted. The next "
                        + "publication of this scope sets the folder aside and publishes again.",
                        ArchiveLayout.label(revision));
            }
            return Files.readAllBytes(manifest);
        }

        private static Manifest parse(Path revision, byte[] bytes) throws Found {
            try {
                return Manifest.parse(bytes);
            } catch (IOException e) {
                throw found(revision.resolve(ArchiveLayout.MANIFEST),
                        "manifest.json van %s is onleesbaar: het is geen geldige JSON of er ontbreekt een verplicht veld.",
                        "manifest.json of %s is unreadable: it is not valid JSON or a required field is missing.",
                        ArchiveLayout.label(revision));
            }
        }
    }

    /**
     * The revision folders at or below the given folder, by period, scope and revision number. A folder
     * named r&lt;n&gt; inside a revision folder is not a revision but an extra entry of that revision.
     */
    private static List<Path> revisionFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        if (isRevision(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> walk = Files.walk(folder, 3)) {
            return walk.filter(Files::isDirectory)
                    .filter(ArchiveVerifier::isRevision)
                    .filter(path -> !isRevision(path.getParent()) && !ArchiveLayout.isLeftover(path.getParent()))
                    .sorted(Comparator.comparing((Path revision) -> name(revision.getParent().getParent()))
                            .thenComparing(revision -> name(revision.getParent()))
                            .thenComparingInt(ArchiveVerifier::number))
                    .toList();
        }
    }

    /** The scratch and set-aside folders at or below the given folder, which are not part of the archive. */
    private static List<Path> leftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || isRevision(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, 3)) {
            return walk.filter(Files::isDirectory)
                    .filter(ArchiveLayout::isLeftover)
                    .filter(path -> !ArchiveLayout.isLeftover(path.getParent()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isRevision(Path folder) {
        return ArchiveLayout.revisionNumber(folder).isPresent();
    }

    private static String name(Path folder) {
        return folder.getFileName().toString();
    }

    private static int number(Path revision) {
        return ArchiveLayout.revisionNumber(revision).orElseThrow();
    }

    private static Found found(Path path, String dutch, String english, Object... args) {
        return new Found(new Problem(path, String.format(Locale.ROOT, dutch, args),
                String.format(Locale.ROOT, english, args)));
    }

    /** Stops a verification at its first problem. */
    private static final class Found extends Exception {

        private final transient Problem problem;

        Found(Problem problem) {
            super(problem.english(), null, false, false);
            this.problem = problem;
        }
    }
}
