package nl.participatiemonitor.metrics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Which sources must deliver for a period, per municipality ({@code config/bronnen.yml}): a period's
 * figures stay VOORLOPIG, and signal S9 is raised, while an expected source has not delivered for it.
 * A source has delivered for a period when it has a delivery whose own period ends on or after the
 * period's end. A missing file expects nothing.
 */
public record ExpectedSources(List<Expected> expected) {

    /** One source that must deliver for the municipalities it names. */
    public record Expected(String source, List<String> municipalities) {
    }

    static ExpectedSources load(Path file, Set<String> knownMunicipalities) {
        if (Files.notExists(file)) {
            return new ExpectedSources(List.of());
        }
        Object document;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml().load(in);
        } catch (IOException | YAMLException e) {
            throw error(file, "kan niet worden gelezen: " + e.getMessage(), "cannot be read: " + e.getMessage());
        }
        if (document == null) {
            return new ExpectedSources(List.of());
        }
        if (!(document instanceof Map<?, ?> root) || !root.keySet().equals(Set.of("verwacht"))) {
            throw error(file, "moet precies één sleutel 'verwacht' hebben", "must have exactly one key 'verwacht'");
        }
        Object list = root.get("verwacht");
        List<Expected> expected = new ArrayList<>();
        if (list == null) {
            return new ExpectedSources(List.of());
        }
        if (!(list instanceof List<?> entries)) {
            throw error(file, "'verwacht' moet een lijst zijn", "'verwacht' must be a list");
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> item) || !item.keySet().equals(Set.of("bron", "gemeenten"))
                    || !(item.get("gemeenten") instanceof List<?> codes)) {
                throw error(file, "elk item van 'verwacht' heeft precies 'bron' en een lijst 'gemeenten': " + entry,
                        "every item of 'verwacht' has exactly 'bron' and a list 'gemeenten': " + entry);
            }
            List<String> municipalities = codes.stream().map(String::valueOf).toList();
            for (String code : municipalities) {
                if (!knownMunicipalities.contains(code)) {
                    throw error(file, "onbekende gemeente '" + code + "' bij bron " + item.get("bron"),
                            "unknown municipality '" + code + "' for source " + item.get("bron"));
                }
            }
            expected.add(new Expected(String.valueOf(item.get("bron")), municipalities));
        }
        return new ExpectedSources(List.copyOf(expected));
    }

    /** The sources expected to deliver for a municipality. */
    public List<String> sourcesFor(String municipality) {
        return expected.stream().filter(e -> e.municipalities().contains(municipality)).map(Expected::source).toList();
    }

    private static IllegalArgumentException error(Path file, String dutch, String english) {
        return new IllegalArgumentException(file + ": " + dutch + ". / " + file + ": " + english + ".");
    }
}
