package nl.participatiemonitor.metrics.expectations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of {@code signalen.csv}. METRICS.md names the signals S1..S9 but not the file's columns, so
 * a signal counts as raised for a municipality when one line holds both the municipality code and the
 * signal code as a word of its own.
 */
final class Signals {

    private final List<String> lines;

    private Signals(List<String> lines) {
        this.lines = lines;
    }

    static Signals read(Path file) {
        try {
            return new Signals(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean raised(String gemeente, String signal) {
        Pattern code = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(signal) + "(?![0-9])");
        return lines.stream().anyMatch(line -> line.contains(gemeente) && code.matcher(line).find());
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
