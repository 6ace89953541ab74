package nl.participatiemonitor.source;

import java.nio.file.Path;

/**
 * A delivery file that cannot be read at all and is therefore refused whole (IMPORT.md): nothing
 * of it is imported. Carries one clear message in Dutch and in English that says what is wrong,
 * where, and what the supplier should do.
 */
public class UnreadableFileException extends Exception {

    private final Path file;
    private final String dutch;
    private final String english;

    public UnreadableFileException(Path file, String dutch, String english) {
        this(file, dutch, english, null);
    }

    public UnreadableFileException(Path file, String dutch, String english, Throwable cause) {
        super(english, cause);
        this.file = file;
        this.dutch = dutch;
        this.english = english;
    }

    public Path file() {
        return file;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    /** The message as shown to a controller: Dutch first, English after a slash. */
    public String bilingual() {
        return dutch + " / " + english;
    }
}
