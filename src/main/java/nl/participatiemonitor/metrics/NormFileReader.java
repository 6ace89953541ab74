package nl.participatiemonitor.metrics;

import static nl.participatiemonitor.system.YamlNodes.text;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.participatiemonitor.system.YamlNodes;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads config/normen.yml as a YAML node tree, so that every refusal can name the line, and checks each section,
 * key and value against {@link NormKey}.
 */
final class NormFileReader {

    private static final String SECTIONS = "normen, signalen, gemeenten";

    private final Path file;
    private final YamlNodes yaml;
    private final Set<String> knownMunicipalities;

    NormFileReader(Path file, Set<String> knownMunicipalities) {
        this.file = file;
        this.yaml = new YamlNodes(file, "het bestand moet bestaan uit de secties " + SECTIONS + ".",
                "the file must consist of the sections " + SECTIONS + ".");
        this.knownMunicipalities = knownMunicipalities;
    }

    NormsFile read() {
        Map<NormKey, Number> general = NormKey.valuesOf(Norms.defaults());
        Map<String, Map<NormKey, Number>> municipalities = new TreeMap<>();
        for (NodeTuple section : yaml.entries(compose(), "").values()) {
            String name = text(section.getKeyNode());
            Node body = section.getValueNode();
            switch (name) {
                case "normen", "signalen" -> general.putAll(settings(body, name, NormKey.inSection(name)));
                case "gemeenten" -> {
                    for (NodeTuple municipality : yaml.entries(body, name).values()) {
                        String code = text(municipality.getKeyNode());
                        if (!knownMunicipalities.contains(code)) {
                            throw refusal(municipality.getKeyNode(), "onbekende gemeente '" + code + "' onder "
                                    + "'gemeenten'; gebruik een gemeentecode uit de gemeentelijst, zoals GM0014.",
                                    "unknown municipality '" + code + "' under 'gemeenten'; use a municipality code "
                                    + "from the list of municipalities, such as GM0014.");
                        }
                        municipalities.put(code, settings(municipality.getValueNode(), "gemeenten." + code,
                                Arrays.asList(NormKey.values())));
                    }
                }
                default -> throw refusal(section.getKeyNode(), "onbekende sectie '" + name + "'; bekende secties zijn "
                        + SECTIONS + ".", "unknown section '" + name + "'; known sections are " + SECTIONS + ".");
            }
        }
        return new NormsFile(general, municipalities);
    }

    private Node compose() {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": is geen UTF-8-tekst; sla het bestand op als UTF-8. / "
                    + "is not UTF-8 text; save the file as UTF-8.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": kan niet worden gelezen (" + e + "). / cannot be read ("
                    + e + ").", e);
        }
        try {
            return new Yaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw invalid(where, e.getProblem(), e);
        } catch (YAMLException e) {
            throw invalid("", e.getMessage(), e);
        }
    }

    private IllegalArgumentException invalid(String where, String problem, YAMLException cause) {
        return new IllegalArgumentException(file + where + ": geen geldige YAML (" + problem + "). / not valid YAML ("
                + problem + ").", cause);
    }

    private Map<NormKey, Number> settings(Node body, String path, List<NormKey> allowed) {
        Map<NormKey, Number> values = new EnumMap<>(NormKey.class);
        for (NodeTuple entry : yaml.entries(body, path).values()) {
            String name = text(entry.getKeyNode());
            String keyPath = path + "." + name;
            NormKey key = allowed.stream().filter(k -> k.key().equals(name)).findFirst().orElseThrow(() -> {
                String known = allowed.stream().map(NormKey::key).collect(Collectors.joining(", "));
                return refusal(entry.getKeyNode(), "onbekende sleutel '" + keyPath + "'; bekende sleutels zijn " + known
                        + ".", "unknown key '" + keyPath + "'; known keys are " + known + ".");
            });
            Node value = entry.getValueNode();
            String written = text(value);
            values.put(key, key.parse(written).orElseThrow(() -> refusal(value, "'" + keyPath + "' moet "
                    + key.expectedDutch() + " zijn, niet '" + written + "'.", "'" + keyPath + "' must be "
                    + key.expectedEnglish() + ", not '" + written + "'.")));
        }
        return values;
    }

    private IllegalArgumentException refusal(Node at, String dutch, String english) {
        return yaml.refusal(at, dutch, english);
    }
}
