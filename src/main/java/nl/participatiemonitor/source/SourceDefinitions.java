package nl.participatiemonitor.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every source definition of this installation, read once at start-up from {@code config/sources/*.yml}
 * (and the examples in {@code config/sources/examples/} unless {@code pm.sources.examples=false}).
 * A definition that is not understood stops the application with a message naming the file, the line
 * and the key. Immutable.
 */
public final class SourceDefinitions {

    private final Map<String, SourceDefinition> byId;

    private SourceDefinitions(Map<String, SourceDefinition> byId) {
        this.byId = byId;
    }

    /** Reads the YAML files of each folder (a missing folder holds none); two definitions with one id are refused. */
    static SourceDefinitions load(List<Path> folders, UnaryOperator<String> placeholders, Set<String> municipalities) {
        Map<String, SourceDefinition> byId = new LinkedHashMap<>();
        for (Path folder : folders) {
            for (Path file : yamlFiles(folder)) {
                SourceDefinition definition = new SourceDefinitionReader(file, placeholders, municipalities).read();
                SourceDefinition earlier = byId.putIfAbsent(definition.id(), definition);
                if (earlier != null) {
                    throw new IllegalArgumentException(file + ": de bron '" + definition.id() + "' is al beschreven in "
                            + earlier.file() + "; geef elke bron een eigen id. / the source '" + definition.id()
                            + "' is already described in " + earlier.file() + "; give each source its own id.");
                }
            }
        }
        return new SourceDefinitions(byId);
    }

    /** The definition of a source, if the source has one (a canonical delivery's source has none). */
    public Optional<SourceDefinition> find(String sourceId) {
        return Optional.ofNullable(sourceId == null ? null : byId.get(sourceId));
    }

    public List<SourceDefinition> all() {
        return List.copyOf(byId.values());
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml")).toList());
            yaml.sort(null);
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the source definitions in " + folder, e);
        }
    }
}
