package nl.participatiemonitor.report.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.report.archive.ManifestInput.DeliveryUsed;

/** Small factories for what a report job hands to the archive. */
final class Publications {

    static final String PDF = "raadsrapportage-GM0014-2026-Q3.pdf";
    static final String XLSX = "raadsrapportage-GM0014-2026-Q3.xlsx";

    private Publications() {
    }

    static ManifestInput input(String runId) {
        return input(runId, "5");
    }

    static ManifestInput input(String runId, String normK) {
        return new ManifestInput(runId, "raadsrapportage",
                new TreeMap<>(Map.of("gemeente", "GM0014", "periode", "2026-Q3")), "0.1.0", "2026-09-30",
                List.of(new DeliveryUsed("D-2", "klachten", "klachten-GM0014.csv", "b".repeat(64), 120),
                        new DeliveryUsed("D-1", "dossiers", "dossiers-GM0014.csv", "a".repeat(64), 3400)),
                new TreeMap<>(Map.of("normen.k", normK, "normen.min_noemer", "10")));
    }

    /** Writes rendered report files into a scratch folder, as a PDF or XLSX writer would. */
    static Map<String, Path> rendered(Path scratch, String pdfText, String xlsxText) {
        return Map.of(PDF, write(scratch.resolve("pdf.tmp"), pdfText), XLSX, write(scratch.resolve("xlsx.tmp"), xlsxText));
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 computed independently of the production code. */
    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
