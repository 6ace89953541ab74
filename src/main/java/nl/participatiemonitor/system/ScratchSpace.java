package nl.participatiemonitor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The application's scratch folders in the system's temporary folder, named {@code pm-<purpose>-p<pid>-<random>}
 * so that a later process can tell whose they are: at every start, and before every new one is made, the folders
 * of processes that are gone (killed while publishing) are removed; those of running processes are left alone.
 */
@Component
public class ScratchSpace {

    private static final Logger log = LoggerFactory.getLogger(ScratchSpace.class);
    private static final Pattern OURS = Pattern.compile("pm-[a-z]+-p([0-9]{1,18})-[0-9]+");

    private final Path temporaryFolder;

    ScratchSpace() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    ScratchSpace(Path temporaryFolder) {
        this.temporaryFolder = temporaryFolder;
    }

    /** A new scratch folder for {@code purpose} (lower-case letters, for example {@code publicatie}). */
    public Path create(String purpose) {
        removeAbandoned();
        try {
            return Files.createTempDirectory(temporaryFolder, "pm-" + purpose + "-p" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the scratch folders of processes that no longer run; returns how many. */
    @EventListener(ApplicationReadyEvent.class)
    public int removeAbandoned() {
        int removed = 0;
        try (Stream<Path> entries = Files.list(temporaryFolder)) {
            for (Path entry : entries.toList()) {
                Matcher ours = OURS.matcher(entry.getFileName().toString());
                if (ours.matches() && Files.isDirectory(entry) && !alive(Long.parseLong(ours.group(1)))) {
                    FileSystemUtils.deleteRecursively(entry);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Kladmappen in {} niet opgeruimd / scratch folders not cleaned: {}", temporaryFolder, e.toString());
        }
        if (removed > 0) {
            log.info("{} kladmap(pen) van afgebroken processen verwijderd uit {} / scratch folders of stopped "
                    + "processes removed", removed, temporaryFolder);
        }
        return removed;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
