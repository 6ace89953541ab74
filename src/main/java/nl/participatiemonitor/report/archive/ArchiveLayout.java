package nl.participatiemonitor.report.archive;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder layout {@code <period>/<scope>/r<revision>/} shared by publishing and verifying, and which scopes are
 * restricted.
 */
public final class ArchiveLayout {

    static final String MANIFEST = "manifest.json";

    private static final Pattern REVISION = Pattern.compile("r([1-9][0-9]{0,8})");

    private ArchiveLayout() {
    }

    static OptionalInt revisionNumber(Path folder) {
        Path name = folder.getFileName();
        Matcher matcher = REVISION.matcher(name == null ? "" : name.toString());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    static String revisionName(int revision) {
        return "r" + revision;
    }

    /** Names a revision folder the way a reviewer reads it, for example {@code 2026-Q3/GM0014/r1}. */
    static String label(Path revisionFolder) {
        return scopeLabel(revisionFolder.getParent()) + "/" + revisionFolder.getFileName();
    }

    /** Names a scope folder, for example {@code 2026-Q3/GM0014}. */
    static String scopeLabel(Path scopeFolder) {
        return scopeFolder.getParent().getFileName() + "/" + scopeFolder.getFileName();
    }

    /**
     * Whether a scope holds restricted outputs (unsuppressed figures, record-level dossiers): {@code dossier-*} and
     * {@code VERTROUWELIJK-*}. Everything else in the archive is public and may be served as it is.
     */
    public static boolean isRestricted(String scope) {
        return scope.startsWith("dossier-") || scope.startsWith(RESTRICTED_PREFIX);
    }

    /** The prefix of a restricted scope that is not a dossier, such as {@code VERTROUWELIJK-indicatoren-ALLE}. */
    public static final String RESTRICTED_PREFIX = "VERTROUWELIJK-";

    /** Whether a name is one plain path segment, so it cannot point outside the folder it is resolved in. */
    static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
