package nl.participatiemonitor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a delivery folder for a test: canonical CSV files written line by line, and levering.properties. */
public final class DeliveryFiles {

    private final Path folder;

    private DeliveryFiles(Path folder) {
        this.folder = folder;
    }

    public static DeliveryFiles in(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeliveryFiles(folder);
    }

    public DeliveryFiles source(String source, String period) {
        return text("levering.properties", "bron=" + source + "\nperiode=" + period + "\n");
    }

    /** A CSV file: the header, then one data line per argument. */
    public DeliveryFiles csv(String name, String header, String... lines) {
        return text(name, header + "\n" + String.join("\n", lines) + (lines.length > 0 ? "\n" : ""));
    }

    public DeliveryFiles text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file with these bytes; a name with a slash makes the sub folders it names. */
    public DeliveryFiles bytes(String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path folder() {
        return folder;
    }
}
