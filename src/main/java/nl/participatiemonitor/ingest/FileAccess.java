package nl.participatiemonitor.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Whether the import may read a delivered file, asked before the file is opened so that a file without read
 * permission is refused with its own message. The operating system answers; a test stands in for it where the
 * operating system cannot say no (root reads every file).
 */
@FunctionalInterface
public interface FileAccess {

    boolean readable(Path file);

    /** The operating system's answer: {@link Files#isReadable}. */
    @Component
    final class OperatingSystem implements FileAccess {

        @Override
        public boolean readable(Path file) {
            return Files.isReadable(file);
        }
    }
}
