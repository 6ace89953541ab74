package nl.participatiemonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo pseudonym key is created readable by its owner only, and a key others can read is not used. */
class DemoKeyTest {

    @TempDir
    Path data;

    @Test
    void theDemoKeyIsCreatedOwnerOnlyAndStaysTheSame() throws Exception {
        byte[] first = new PseudonymKey("", data).bytes();

        Path file = data.resolve("pseudonym-demo.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSize(32).isEqualTo(new PseudonymKey("", data).bytes());
    }

    @Test
    void aKeyOthersCanReadIsRefusedWithTheCommandThatRestrictsIt() throws Exception {
        Path file = Files.writeString(data.resolve("pseudonym-demo.key"), "c2VjcmV0LWtleS1vZi10aGlydHktdHdvLWJ5dGVzLi4=\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new PseudonymKey("", data).bytes()).hasMessage("Sleutelbestand " + file
                + " is leesbaar of schrijfbaar voor anderen (rw-r--r--). Beperk het tot de eigenaar met 'chmod 600 "
                + file + "' en start opnieuw. / Key file " + file + " can be read or written by others (rw-r--r--). "
                + "Restrict it to its owner with 'chmod 600 " + file + "' and start again.");
    }
}
