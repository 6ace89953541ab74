package nl.participatiemonitor.system;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reading the node tree of one settings file (config/normen.yml, a source definition) so that every mistake is
 * refused with the file, the line and the key, in Dutch and English.
 */
public final class YamlNodes {

    private final Path file;
    private final String wholeDutch;
    private final String wholeEnglish;

    /** @param wholeDutch what the file as a whole must be, said when it is not a mapping (and its English) */
    public YamlNodes(Path file, String wholeDutch, String wholeEnglish) {
        this.file = file;
        this.wholeDutch = wholeDutch;
        this.wholeEnglish = wholeEnglish;
    }

    /**
     * The key-value pairs of a mapping by key, in file order; a section left empty (only comments) has none, and a key
     * written twice is refused. {@code path} is where the mapping is ({@code ""} for the whole file).
     */
    public Map<String, NodeTuple> entries(Node node, String path) {
        if (node == null || node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw path.isEmpty()
                    ? refusal(node, wholeDutch, wholeEnglish)
                    : refusal(node, "onder '" + path + "' horen sleutels met een waarde (sleutel: waarde).",
                            "'" + path + "' must hold keys with a value (key: value).");
        }
        Set<String> seen = new HashSet<>();
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String name = text(entry.getKeyNode());
            String keyPath = path.isEmpty() ? name : path + "." + name;
            if (!seen.add(name)) {
                throw refusal(entry.getKeyNode(), "'" + keyPath + "' staat er twee keer in.",
                        "'" + keyPath + "' appears twice.");
            }
            entries.put(name, entry);
        }
        return entries;
    }

    /** A mistake at {@code at}: {@code <file>:<line>: <Dutch> / <English>}. */
    public IllegalArgumentException refusal(Node at, String dutch, String english) {
        return new IllegalArgumentException(file + ":" + (at.getStartMark().getLine() + 1) + ": " + dutch + " / "
                + english);
    }

    /** A scalar's text; a list or mapping as {@code [...]} or <code>{...}</code>, for messages. */
    public static String text(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        return node instanceof SequenceNode ? "[...]" : "{...}";
    }
}
