package nl.participatiemonitor.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.csv.CSVException;

/** Checks, opens and fingerprints delivery files (CSV or XLSX) for streaming import. */
public final class TabularFiles {

    private TabularFiles() {
    }

    /**
     * Checks the whole file before anything of it is imported, so that a file is either refused
     * whole or can be read to its end: type, size, UTF-8 text or safe XLSX, header, and every record.
     */
    public static void inspect(Path file, FileLimits limits) throws UnreadableFileException {
        inspect(file, limits, FileLayout.FIRST_SHEET);
    }

    /** {@link #inspect(Path, FileLimits)} for a workbook whose records lie where {@code layout} says. */
    public static void inspect(Path file, FileLimits limits, FileLayout layout) throws UnreadableFileException {
        boolean csv = isCsv(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw Refusals.unreadable(file, e);
        }
        if (size > limits.maxFileBytes()) {
            throw Refusals.tooLarge(file, size, limits.maxFileBytes());
        }
        try {
            if (csv) {
                CsvReader.checkText(file);
                CsvReader.checkShape(file, limits);
            } else {
                XlsxReader.checkZip(file, limits);
            }
            try (TabularReader reader = open(file, layout)) {
                while (reader.next() != null) {
                    // reading every record proves the import can read them too
                }
            }
        } catch (CSVException e) {
            throw Refusals.badCsv(file, e);
        } catch (IOException | RuntimeException e) {
            // What the CSV parser or the streaming workbook reader throw on a damaged file, wherever in it.
            throw csv ? Refusals.unreadable(file, e) : Refusals.notXlsx(file, e);
        }
    }

    /** Opens a CSV or XLSX file for streaming; call {@link #inspect} first to get clear refusals. */
    public static TabularReader open(Path file) throws IOException, UnreadableFileException {
        return open(file, FileLayout.FIRST_SHEET);
    }

    /** Opens a file whose records lie where {@code layout} says (the sheet and header row apply to XLSX only). */
    public static TabularReader open(Path file, FileLayout layout) throws IOException, UnreadableFileException {
        return isCsv(file) ? CsvReader.open(file) : XlsxReader.open(file, layout);
    }

    /** Whether the file is read as CSV (by its extension); false for XLSX. */
    public static boolean isCsvFile(Path file) throws UnreadableFileException {
        return isCsv(file);
    }

    /** The lowercase hexadecimal SHA-256 of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isCsv(Path file) throws UnreadableFileException {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return true;
        }
        if (lower.endsWith(".xlsx")) {
            return false;
        }
        throw Refusals.notTabular(file);
    }
}
