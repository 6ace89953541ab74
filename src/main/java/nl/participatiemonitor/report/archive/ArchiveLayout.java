package nl.participatiemonitor.report.archive;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder layout {@code <period>/<scope>/r<revision>/} shared by publishing and verifying, with the hidden folders
 * beside the revisions: {@code .r<revision>.partial-<pid>-<n>} while a revision is written, and
 * {@code .onvolledig-r<revision>-<time>} for an interrupted revision that was set aside.
 */
final class ArchiveLayout {

    static final String MANIFEST = "manifest.json";

    private static final Pattern REVISION = Pattern.compile("r([1-9][0-9]{0,8})");
    private static final Pattern SCRATCH = Pattern.compile("\\.r[1-9][0-9]{0,8}\\.partial-([0-9]{1,18})-[0-9]+");
    private static final String SET_ASIDE = ".onvolledig-";

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

    /** The scratch folder in which process {@code pid} writes a revision before renaming it into place. */
    static String scratchName(int revision, long pid, long number) {
        return "." + revisionName(revision) + ".partial-" + pid + "-" + number;
    }

    /** The process that wrote a scratch folder, or empty when the folder is no scratch folder. */
    static OptionalLong scratchProcess(Path folder) {
        Path name = folder.getFileName();
        Matcher matcher = SCRATCH.matcher(name == null ? "" : name.toString());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** The name under which an interrupted revision is set aside, for example {@code .onvolledig-r3-20261116T090000}. */
    static String setAsideName(String revisionName, String time, int number) {
        return SET_ASIDE + revisionName + "-" + time + (number == 0 ? "" : "-" + number);
    }

    /** Whether a folder is a scratch folder or a set-aside revision: not part of the archive, skipped by verify. */
    static boolean isLeftover(Path folder) {
        Path name = folder.getFileName();
        return name != null && (scratchProcess(folder).isPresent() || name.toString().startsWith(SET_ASIDE));
    }

    /** Names a revision folder the way a reviewer reads it, for example {@code 2026-Q3/GM0014/r1}. */
    static String label(Path revisionFolder) {
        return scopeLabel(revisionFolder.getParent()) + "/" + revisionFolder.getFileName();
    }

    /** Names a scope folder, for example {@code 2026-Q3/GM0014}. */
    static String scopeLabel(Path scopeFolder) {
        return scopeFolder.getParent().getFileName() + "/" + scopeFolder.getFileName();
    }

    /** Whether a name is one plain path segment, so it cannot point outside the folder it is resolved in. */
    static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
