package nl.participatiemonitor.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The norms in force according to {@code config/normen.yml}: general values, and per municipality its own
 * values on top of them. Immutable.
 */
public final class NormsFile {

    private final Norms defaults;
    private final Map<String, Norms> municipalities = new TreeMap<>();
    private final SortedMap<String, String> settings = new TreeMap<>();

    NormsFile(Map<NormKey, Number> general, Map<String, Map<NormKey, Number>> overrides) {
        this.defaults = NormKey.toNorms(general);
        general.forEach((key, value) -> settings.put(key.path(), NormKey.format(value)));
        overrides.forEach((code, own) -> {
            Map<NormKey, Number> values = new EnumMap<>(general);
            values.putAll(own);
            municipalities.put(code, NormKey.toNorms(values));
            own.forEach((key, value) -> settings.put("gemeenten." + code + "." + key.key(), NormKey.format(value)));
        });
    }

    /**
     * Reads and checks the file; a missing file means every default of METRICS.md. Anything the file says
     * that is not understood, or a municipality not in {@code knownMunicipalities}, is refused with an
     * {@link IllegalArgumentException} naming the file, the line and the key.
     */
    public static NormsFile load(Path file, Set<String> knownMunicipalities) {
        if (Files.notExists(file)) {
            return new NormsFile(NormKey.valuesOf(Norms.defaults()), Map.of());
        }
        return new NormFileReader(file, knownMunicipalities).read();
    }

    /** The general values: the file's, else the defaults of METRICS.md. */
    public Norms defaults() {
        return defaults;
    }

    /** The general values with the municipality's own values on top. */
    public Norms forMunicipality(String gemeenteCode) {
        return municipalities.getOrDefault(gemeenteCode, defaults);
    }

    /**
     * Every general value in force ({@code normen.k} to {@code 5}) and every municipal override
     * ({@code gemeenten.GM0014.advies_reactietermijn_dagen} to {@code 28}), sorted by key, for a manifest.
     */
    public SortedMap<String, String> asMap() {
        return Collections.unmodifiableSortedMap(settings);
    }
}
