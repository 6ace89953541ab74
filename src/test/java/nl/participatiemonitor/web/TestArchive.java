package nl.participatiemonitor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.report.archive.Archive;
import nl.participatiemonitor.report.archive.ManifestInput;
import org.springframework.util.FileSystemUtils;

/**
 * Fills the console's test archive with small publications in the folders the publisher uses, through the real
 * {@link Archive}, so each has its manifest: Kampen (GM0166) and Zwolle (GM0193) in 2026-Q3, and what is shared.
 */
final class TestArchive {

    /** The dossier CSV header as the publisher writes it. */
    static final String DOSSIER_HEADER = "gemeente_code;periode;indicator;dimensie;rol;entiteit;sleutel;client_pseudoniem;"
            + "waarde;levering_id;bestand;regel";

    private final Path root;
    private final Path scratch;

    private TestArchive(Path root) {
        this.root = root;
        try {
            FileSystemUtils.deleteRecursively(root);
            this.scratch = Files.createTempDirectory("console-archive");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty archive at the place {@link ConsoleTest} serves. */
    static TestArchive empty() {
        return new TestArchive(Path.of(ConsoleTest.ARCHIVE));
    }

    /** The archive of the access matrix: one publication of every kind, for Kampen, Zwolle or everyone. */
    static TestArchive kampenAndZwolle() {
        TestArchive archive = empty();
        archive.publish("2026-Q3", "GM0166", "raadsrapportage-GM0166-2026-Q3.pdf", "PDF Kampen");
        archive.publish("2026-Q3", "GM0193", "raadsrapportage-GM0193-2026-Q3.pdf", "PDF Zwolle");
        archive.publish("2026-Q3", "toezicht-GM0166", "toezichtrapportage-GM0166-2026-Q3.pdf", "toezicht Kampen");
        archive.publish("2026-Q3", "toezicht-ALLE", "toezichtrapportage-ALLE-2026-Q3.pdf", "toezicht alle");
        archive.publish("2026-Q3", "dossier-GM0166", "VERTROUWELIJK-dossier-GM0166-2026-Q3.csv", dossier("GM0166"));
        archive.publish("2026-Q3", "dossier-GM0193", "VERTROUWELIJK-dossier-GM0193-2026-Q3.csv", dossier("GM0193"));
        archive.publish("2025", "jaaroverzicht-GM0166", "jaaroverzicht-klachten-GM0166-2025.pdf", "jaaroverzicht");
        archive.publish("2026-Q3", "indicatoren-ALLE", Map.of("open-data.csv", "open", "signalen.csv", "signalen",
                "indicatoren.csv", "alle cijfers"));
        return archive;
    }

    /** A dossier of three complaints behind K3 (two on time) and one behind K1. */
    static String dossier(String municipality) {
        String delivery = "ab".repeat(32);
        return DOSSIER_HEADER + "\n"
                + municipality + ";2026-Q3;K1;;telling;klachten;K-01;;;" + delivery + ";klachten.csv;2\n"
                + municipality + ";2026-Q3;K3;;teller;klachten;K-01;;;" + delivery + ";klachten.csv;2\n"
                + municipality + ";2026-Q3;K3;;teller;klachten;K-03;;;" + delivery + ";klachten.csv;4\n"
                + municipality + ";2026-Q3;K3;;noemer;klachten;K-01;;;" + delivery + ";klachten.csv;2\n"
                + municipality + ";2026-Q3;K3;;noemer;klachten;K-02;;;" + delivery + ";klachten.csv;3\n"
                + municipality + ";2026-Q3;K3;;noemer;klachten;K-03;;;" + delivery + ";klachten.csv;4\n";
    }

    TestArchive publish(String period, String scope, String file, String content) {
        return publish(period, scope, Map.of(file, content));
    }

    TestArchive publish(String period, String scope, Map<String, String> contents) {
        try {
            Map<String, Path> files = new LinkedHashMap<>();
            for (Map.Entry<String, String> content : contents.entrySet()) {
                Path file = Files.createDirectories(scratch.resolve(period).resolve(scope)).resolve(content.getKey());
                Files.writeString(file, content.getValue(), StandardCharsets.UTF_8);
                files.put(content.getKey(), file);
            }
            new Archive(root).publish(period, scope, new ManifestInput("1", "test", new TreeMap<>(Map.of("periode",
                    period)), "test", "2026-10-01", List.of(), new TreeMap<>()), files);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }
}
