package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.report.archive.Archive;
import nl.participatiemonitor.report.archive.ManifestInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify says the archive is whole, or names the first file that is not, with exit code 1. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void passesOnAFreshArchiveAndNamesAChangedFile() throws Exception {
        Path pdf = Files.writeString(dir.resolve("rapport.pdf"), "%PDF report");
        ManifestInput input = new ManifestInput("1", "raadsrapportage", new TreeMap<>(Map.of("periode", "2026-Q3")),
                "0.1.0", "2026-09-30", List.of(), new TreeMap<>());
        Path root = dir.resolve("archief");
        Archive.Publication publication = new Archive(root).publish("2026-Q3", "GM0014", input,
                Map.of("raadsrapportage-GM0014-2026-Q3.pdf", pdf));

        assertThat(verify(root)).isEqualTo(new String[] {"0", "Archief klopt: 1 manifesten en 1 bestanden gecontroleerd."});

        Path archived = publication.folder().resolve("raadsrapportage-GM0014-2026-Q3.pdf");
        byte[] bytes = Files.readAllBytes(archived);
        bytes[0] ^= 1;
        Files.write(archived, bytes);
        String[] result = verify(root);
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).startsWith("Archief klopt niet: " + archived)
                .contains("raadsrapportage-GM0014-2026-Q3.pdf in 2026-Q3/GM0014/r1 is gewijzigd");
    }

    private static String[] verify(Path root) {
        StringWriter out = new StringWriter();
        int exit = Main.execute(ApplicationContextSource.of(null), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), "verify", root.toString());
        return new String[] {String.valueOf(exit), out.toString().strip()};
    }
}
