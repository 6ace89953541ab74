package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scratch folders a killed publication left in the temporary folder are removed; a running process's stay. */
class ScratchSpaceTest {

    @TempDir
    Path temporaryFolder;

    @Test
    void removesTheScratchFoldersOfStoppedProcessesOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = Files.createDirectory(temporaryFolder.resolve("pm-publicatie-p" + gone.pid() + "-4711"));
        Files.writeString(killed.resolve("raadsrapportage-GM0014-2026-Q3.pdf"), "%PDF half");
        Path running = Files.createDirectory(temporaryFolder.resolve("pm-publicatie-p" + ProcessHandle.current().pid()
                + "-4712"));
        Path someoneElses = Files.createDirectory(temporaryFolder.resolve("pm-publicatie-123"));
        ScratchSpace scratch = new ScratchSpace(temporaryFolder);

        assertThat(scratch.removeAbandoned()).isOne();

        assertThat(killed).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(someoneElses).isDirectory();
        Path created = scratch.create("publicatie");
        assertThat(created.getParent()).isEqualTo(temporaryFolder);
        assertThat(created.getFileName().toString()).startsWith("pm-publicatie-p" + ProcessHandle.current().pid() + "-");
    }
}
