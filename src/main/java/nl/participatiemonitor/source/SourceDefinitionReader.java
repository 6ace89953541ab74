package nl.participatiemonitor.source;

import static nl.participatiemonitor.system.YamlNodes.text;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.participatiemonitor.ingest.CanonicalEntity;
import nl.participatiemonitor.source.SourceDefinition.ColumnRule;
import nl.participatiemonitor.source.SourceDefinition.DateFormats;
import nl.participatiemonitor.source.SourceDefinition.JdbcSettings;
import nl.participatiemonitor.source.SourceDefinition.Kind;
import nl.participatiemonitor.source.SourceDefinition.Mode;
import nl.participatiemonitor.source.SourceDefinition.ValueMapping;
import nl.participatiemonitor.system.Sha256;
import nl.participatiemonitor.system.YamlNodes;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one source definition as a YAML node tree, so that every refusal names the file, the line and
 * the key, and checks it against the canonical catalogue: known entity and columns, every required column
 * mapped, date formats that parse, settings that belong to the kind of source.
 */
final class SourceDefinitionReader {

    private static final List<String> KEYS = List.of("id", "description", "municipality", "gr", "entity", "kind",
            "sheet", "header-row", "mode", "period", "columns", "values", "date-formats", "jdbc");
    private static final List<String> JDBC_KEYS = List.of("url", "username", "password", "query", "fetch-size",
            "connect-timeout", "query-timeout", "start");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?|month|quarter|half-year|year");
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    private final Path file;
    private final YamlNodes yaml;
    private final UnaryOperator<String> placeholders;
    private final Set<String> knownMunicipalities;

    /**
     * @param placeholders resolves {@code ${NAME}} references in the JDBC settings (environment variables,
     *     application properties); throws IllegalArgumentException for one that cannot be resolved
     */
    SourceDefinitionReader(Path file, UnaryOperator<String> placeholders, Set<String> knownMunicipalities) {
        this.file = file;
        this.yaml = new YamlNodes(file, "een brondefinitie bestaat uit sleutels met een waarde (id: ..., entity: ...).",
                "a source definition consists of keys with a value (id: ..., entity: ...).");
        this.placeholders = placeholders;
        this.knownMunicipalities = knownMunicipalities;
    }

    SourceDefinition read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": kan niet worden gelezen (" + e + "). / cannot be read (" + e
                    + ").", e);
        }
        Map<String, NodeTuple> keys = yaml.entries(compose(bytes), "");
        for (NodeTuple entry : keys.values()) {
            String key = text(entry.getKeyNode());
            if (!KEYS.contains(key)) {
                throw refusal(entry.getKeyNode(), "onbekende sleutel '" + key + "'; bekende sleutels zijn "
                        + String.join(", ", KEYS) + ".", "unknown key '" + key + "'; known keys are "
                        + String.join(", ", KEYS) + ".");
            }
        }
        String id = required(keys, "id");
        if (!ID.matcher(id).matches()) {
            throw refusal(keys.get("id").getValueNode(), "'id' mag alleen letters, cijfers, punt, streep en liggend "
                    + "streepje bevatten (hoogstens 64 tekens).", "'id' may only contain letters, digits, '.', '-' "
                    + "and '_' (at most 64 characters).");
        }
        CanonicalEntity entity = entity(keys);
        Kind kind = choice(keys, "kind", Kind.class, null);
        Mode mode = choice(keys, "mode", Mode.class, Mode.DELTA);
        String municipality = optional(keys, "municipality");
        if (municipality != null && !MUNICIPALITY.matcher(municipality).matches()) {
            throw refusal(keys.get("municipality").getValueNode(), "'municipality' moet een gemeentecode zijn, GM met "
                    + "vier cijfers (zoals GM0014), niet '" + municipality + "'.", "'municipality' must be a "
                    + "municipality code, GM and four digits (such as GM0014), not '" + municipality + "'.");
        }
        if (municipality != null && !knownMunicipalities.contains(municipality)) {
            throw refusal(keys.get("municipality").getValueNode(), "onbekende gemeente '" + municipality + "' bij "
                    + "'municipality'; gebruik een gemeentecode uit de gemeentelijst.", "unknown municipality '"
                    + municipality + "' at 'municipality'; use a code from the list of municipalities.");
        }
        String gr = optional(keys, "gr");
        String period = optional(keys, "period");
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw refusal(keys.get("period").getValueNode(), "'period' is een periode (2026, 2026-H2, 2026-Q3, "
                    + "2026-07) of month, quarter, half-year, year (de laatste volledige vóór de dag van import), niet '"
                    + period + "'.", "'period' is a period (2026, 2026-H2, 2026-Q3, 2026-07) or month, quarter, "
                    + "half-year, year (the last complete one before the day of import), not '" + period + "'.");
        }
        FileLayout layout = layout(keys, kind);
        List<ColumnRule> columns = columns(keys, entity);
        checkRequired(keys, entity, columns, municipality, gr);
        Map<String, ValueMapping> values = values(keys, columns, entity);
        DateFormats dates = dateFormats(keys);
        JdbcSettings jdbc = jdbc(keys, kind);
        if (kind == Kind.JDBC) {
            // The extract pseudonymises one source column before anything is written to disk.
            columns.stream().filter(r -> r.target().equals("bsn") || entity.isClient(r.target()))
                    .filter(r -> r.sourceColumns().size() != 1).findFirst().ifPresent(r -> {
                        throw refusal(keys.get("columns").getKeyNode(), "'columns." + r.target() + "' komt bij een "
                                + "databasebron uit precies één kolom van de query.", "'columns." + r.target() + "' of a "
                                + "database source comes from exactly one column of the query.");
                    });
        }
        return new SourceDefinition(file, Sha256.of(bytes), id, optional(keys, "description"), municipality, gr, entity,
                kind, layout, mode, columns, values, dates, period, jdbc);
    }

    private Node compose(byte[] bytes) {
        String yaml;
        try {
            yaml = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": is geen UTF-8-tekst; sla het bestand op als UTF-8. / "
                    + "is not UTF-8 text; save the file as UTF-8.", e);
        }
        try {
            return new Yaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new IllegalArgumentException(file + where + ": geen geldige YAML (" + e.getProblem() + "). / not "
                    + "valid YAML (" + e.getProblem() + ").", e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": geen geldige YAML (" + e.getMessage() + "). / not valid YAML ("
                    + e.getMessage() + ").", e);
        }
    }

    private CanonicalEntity entity(Map<String, NodeTuple> keys) {
        String name = required(keys, "entity");
        return CanonicalEntity.forFileName(name).orElseThrow(() -> {
            String known = Arrays.stream(CanonicalEntity.values()).map(CanonicalEntity::fileName)
                    .collect(Collectors.joining(", "));
            return refusal(keys.get("entity").getValueNode(), "onbekende entiteit '" + name + "' bij 'entity'; bekende "
                    + "entiteiten zijn " + known + ".", "unknown entity '" + name + "' at 'entity'; known entities are "
                    + known + ".");
        });
    }

    private FileLayout layout(Map<String, NodeTuple> keys, Kind kind) {
        for (String key : List.of("sheet", "header-row")) {
            if (keys.containsKey(key) && kind != Kind.XLSX) {
                throw refusal(keys.get(key).getKeyNode(), "'" + key + "' hoort alleen bij kind xlsx.",
                        "'" + key + "' belongs to kind xlsx only.");
            }
        }
        String sheet = optional(keys, "sheet");
        String row = optional(keys, "header-row");
        int headerRow = 1;
        if (row != null) {
            if (!row.matches("[1-9]\\d{0,4}")) {
                throw refusal(keys.get("header-row").getValueNode(), "'header-row' is het rijnummer van de kopregel "
                        + "(1 of meer), niet '" + row + "'.", "'header-row' is the row number of the header (1 or "
                        + "more), not '" + row + "'.");
            }
            headerRow = Integer.parseInt(row);
        }
        return new FileLayout(sheet, headerRow);
    }

    private List<ColumnRule> columns(Map<String, NodeTuple> keys, CanonicalEntity entity) {
        NodeTuple section = keys.get("columns");
        if (section == null) {
            throw new IllegalArgumentException(file + ": de sleutel 'columns' ontbreekt: zeg per canonieke kolom uit "
                    + "welke bronkolom hij komt. / the key 'columns' is missing: say for each canonical column which "
                    + "source column it comes from.");
        }
        List<String> known = new ArrayList<>(entity.columns());
        if (entity.identifiesClients()) {
            known.add("bsn");
        }
        List<ColumnRule> rules = new ArrayList<>();
        for (NodeTuple entry : yaml.entries(section.getValueNode(), "columns").values()) {
            String target = text(entry.getKeyNode());
            String path = "columns." + target;
            if (!known.contains(target)) {
                throw refusal(entry.getKeyNode(), "onbekende canonieke kolom '" + target + "' bij '" + path
                        + "' voor entiteit " + entity.fileName() + "; bekende kolommen zijn " + String.join(", ", known)
                        + ".", "unknown canonical column '" + target + "' at '" + path + "' for entity "
                        + entity.fileName() + "; known columns are " + String.join(", ", known) + ".");
            }
            rules.add(rule(target, path, entry.getValueNode()));
        }
        boolean bsn = rules.stream().anyMatch(r -> r.target().equals("bsn"));
        if (bsn && rules.stream().anyMatch(r -> entity.isClient(r.target()))) {
            throw refusal(section.getKeyNode(), "'columns' noemt zowel bsn als client_id; kies er één.",
                    "'columns' names both bsn and client_id; choose one.");
        }
        refuseClientElsewhere(section, rules, entity);
        return List.copyOf(rules);
    }

    /**
     * Refuses a definition that feeds the source column of the BSN or client number into any other canonical
     * column (a concat into a key, say): only the client column is pseudonymised, so the number would be
     * stored and shown as it is.
     */
    private void refuseClientElsewhere(NodeTuple section, List<ColumnRule> rules, CanonicalEntity entity) {
        ColumnRule client = rules.stream().filter(r -> r.target().equals("bsn") || entity.isClient(r.target()))
                .filter(r -> !r.isConstant()).findFirst().orElse(null);
        if (client == null) {
            return;
        }
        Set<String> personal = client.sourceColumns().stream().map(SourceDefinitionReader::normalised)
                .collect(Collectors.toSet());
        for (ColumnRule other : rules) {
            if (other == client || other.isConstant()) {
                continue;
            }
            for (String column : other.sourceColumns()) {
                if (personal.contains(normalised(column))) {
                    throw refusal(section.getKeyNode(), "'columns." + other.target() + "' leest bronkolom '" + column
                            + "', die ook '" + client.target() + "' levert. Dat nummer wordt alleen in '" + client.target()
                            + "' gepseudonimiseerd; elders zou het onversleuteld worden opgeslagen. Kies een andere "
                            + "bronkolom voor '" + other.target() + "'.", "'columns." + other.target()
                            + "' reads source column '" + column + "', which also gives '" + client.target() + "'. That "
                            + "number is pseudonymised only in '" + client.target() + "'; anywhere else it would be stored "
                            + "as it is. Choose another source column for '" + other.target() + "'.");
                }
            }
        }
    }

    private ColumnRule rule(String target, String path, Node value) {
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
            return new ColumnRule(target, List.of(scalar.getValue().strip()), null, null);
        }
        if (value instanceof MappingNode) {
            Map<String, NodeTuple> parts = yaml.entries(value, path);
            for (NodeTuple part : parts.values()) {
                String key = text(part.getKeyNode());
                if (!List.of("column", "concat", "separator", "constant").contains(key)) {
                    throw refusal(part.getKeyNode(), "onbekende sleutel '" + path + "." + key + "'; gebruik column, "
                            + "concat (met separator) of constant.", "unknown key '" + path + "." + key + "'; use "
                            + "column, concat (with separator) or constant.");
                }
            }
            boolean column = parts.containsKey("column");
            boolean concat = parts.containsKey("concat");
            boolean constant = parts.containsKey("constant");
            if ((column ? 1 : 0) + (concat ? 1 : 0) + (constant ? 1 : 0) == 1) {
                if (constant) {
                    return new ColumnRule(target, List.of(), null, text(parts.get("constant").getValueNode()));
                }
                if (column) {
                    return new ColumnRule(target, List.of(text(parts.get("column").getValueNode()).strip()), null, null);
                }
                Node list = parts.get("concat").getValueNode();
                if (list instanceof SequenceNode sequence && sequence.getValue().size() >= 2
                        && sequence.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                    String separator = parts.containsKey("separator") ? text(parts.get("separator").getValueNode()) : " ";
                    return new ColumnRule(target, sequence.getValue().stream().map(n -> text(n).strip()).toList(),
                            separator, null);
                }
                throw refusal(list, "'" + path + ".concat' is een lijst van twee of meer bronkolommen, zoals "
                        + "[Datum, Tijd].", "'" + path + ".concat' is a list of two or more source columns, such as "
                        + "[Datum, Tijd].");
            }
        }
        throw refusal(value, "bij '" + path + "' hoort de naam van een bronkolom, of één van column, concat of "
                + "constant.", "'" + path + "' takes the name of a source column, or one of column, concat or "
                + "constant.");
    }

    private void checkRequired(Map<String, NodeTuple> keys, CanonicalEntity entity, List<ColumnRule> rules,
            String municipality, String gr) {
        Set<String> mapped = rules.stream().map(ColumnRule::target).collect(Collectors.toSet());
        if (mapped.contains("bsn")) {
            mapped.addAll(entity.columns().stream().filter(entity::isClient).toList());
        }
        if (municipality != null && entity.columns().contains("gemeente_code")) {
            mapped.add("gemeente_code");
        }
        if (municipality != null && gr != null) {
            throw refusal(keys.get("gr").getKeyNode(), "noem 'municipality' of 'gr', niet beide.",
                    "name 'municipality' or 'gr', not both.");
        }
        List<String> missing = entity.columns().stream().filter(entity::requires).filter(c -> !mapped.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            String hint = missing.contains("gemeente_code")
                    ? " (gemeente_code kan ook uit 'municipality' komen)" : "";
            String hintEn = missing.contains("gemeente_code")
                    ? " (gemeente_code may also come from 'municipality')" : "";
            throw refusal(keys.get("columns").getKeyNode(), "'columns' mist de verplichte kolom(men) "
                    + String.join(", ", missing) + " van " + entity.fileName() + hint + ".", "'columns' lacks the "
                    + "required column(s) " + String.join(", ", missing) + " of " + entity.fileName() + hintEn + ".");
        }
    }

    private Map<String, ValueMapping> values(Map<String, NodeTuple> keys, List<ColumnRule> rules, CanonicalEntity entity) {
        NodeTuple section = keys.get("values");
        Map<String, ValueMapping> values = new LinkedHashMap<>();
        if (section == null) {
            return values;
        }
        for (NodeTuple entry : yaml.entries(section.getValueNode(), "values").values()) {
            String target = text(entry.getKeyNode());
            String path = "values." + target;
            if (rules.stream().noneMatch(r -> r.target().equals(target))) {
                throw refusal(entry.getKeyNode(), "'" + path + "' hoort bij een kolom die niet onder 'columns' staat.",
                        "'" + path + "' belongs to a column that is not under 'columns'.");
            }
            if (target.equals("bsn") || entity.isClient(target)) {
                throw refusal(entry.getKeyNode(), "'" + path + "': cliëntnummers worden niet vertaald.",
                        "'" + path + "': client identifiers are not mapped.");
            }
            Map<String, NodeTuple> parts = yaml.entries(entry.getValueNode(), path);
            for (NodeTuple part : parts.values()) {
                String key = text(part.getKeyNode());
                if (!key.equals("map") && !key.equals("unmapped")) {
                    throw refusal(part.getKeyNode(), "onbekende sleutel '" + path + "." + key + "'; gebruik map en "
                            + "unmapped.", "unknown key '" + path + "." + key + "'; use map and unmapped.");
                }
            }
            Map<String, String> mapped = new LinkedHashMap<>();
            if (parts.containsKey("map")) {
                for (NodeTuple pair : yaml.entries(parts.get("map").getValueNode(), path + ".map").values()) {
                    String from = normalised(text(pair.getKeyNode()));
                    String to = text(pair.getValueNode()).strip();
                    checkCanonical(entity, target, to, pair.getValueNode(), path + ".map." + text(pair.getKeyNode()));
                    if (mapped.put(from, to) != null) {
                        throw refusal(pair.getKeyNode(), "'" + path + ".map' noemt '" + from + "' twee keer (hoofdletters "
                                + "en spaties tellen niet).", "'" + path + ".map' names '" + from + "' twice (case and "
                                + "spaces do not count).");
                    }
                }
            }
            String unmapped = parts.containsKey("unmapped") ? text(parts.get("unmapped").getValueNode()).strip() : "reject";
            if (!unmapped.equals("reject") && !unmapped.equals("keep")) {
                checkCanonical(entity, target, unmapped, parts.get("unmapped").getValueNode(), path + ".unmapped");
            }
            ValueMapping mapping = switch (unmapped) {
                case "reject" -> new ValueMapping(Map.copyOf(mapped), ValueMapping.Unmapped.REJECT, null);
                case "keep" -> new ValueMapping(Map.copyOf(mapped), ValueMapping.Unmapped.KEEP, null);
                default -> new ValueMapping(Map.copyOf(mapped), ValueMapping.Unmapped.DEFAULT, unmapped);
            };
            values.put(target, mapping);
        }
        return values;
    }

    /** A value mapping must give values the canonical column can hold, or every row would be rejected later. */
    private void checkCanonical(CanonicalEntity entity, String target, String value, Node at, String path) {
        if (!entity.accepts(target, value)) {
            throw refusal(at, "'" + path + "' geeft '" + value + "', en dat kan " + entity.fileName() + "." + target
                    + " niet bevatten" + codes(entity, target) + ".", "'" + path + "' gives '" + value + "', which "
                    + entity.fileName() + "." + target + " cannot hold" + codes(entity, target) + ".");
        }
    }

    private static String codes(CanonicalEntity entity, String column) {
        try {
            return " (" + String.join(", ", entity.codes(column)) + ")";
        } catch (IllegalArgumentException noCodeList) {
            return "";
        }
    }

    private DateFormats dateFormats(Map<String, NodeTuple> keys) {
        NodeTuple section = keys.get("date-formats");
        if (section == null) {
            return new DateFormats(List.of(), false);
        }
        if (!(section.getValueNode() instanceof SequenceNode list)) {
            throw refusal(section.getValueNode(), "'date-formats' is een lijst, zoals [dd-MM-yyyy, d-M-yyyy, excel].",
                    "'date-formats' is a list, such as [dd-MM-yyyy, d-M-yyyy, excel].");
        }
        List<String> patterns = new ArrayList<>();
        boolean excel = false;
        for (int i = 0; i < list.getValue().size(); i++) {
            Node node = list.getValue().get(i);
            String pattern = text(node);
            if (pattern.equals("excel")) {
                excel = true;
                continue;
            }
            try {
                DateTimeFormatter formatter = SourceDates.formatter(pattern);
                LocalDateTime sample = LocalDateTime.of(2026, 7, 1, 9, 30);
                if (!sample.toLocalDate().equals(SourceDates.parse(formatter.format(sample), formatter))) {
                    throw new IllegalArgumentException("1 July 2026 does not come back as itself");
                }
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw refusal(node, "'date-formats[" + (i + 1) + "]' '" + pattern + "' is geen bruikbare datumnotatie "
                        + "(" + e.getMessage() + "); schrijf bijvoorbeeld dd-MM-yyyy, d-M-yyyy, dd-MM-yyyy HH:mm of "
                        + "excel.", "'date-formats[" + (i + 1) + "]' '" + pattern + "' is not a usable date format ("
                        + e.getMessage() + "); write for example dd-MM-yyyy, d-M-yyyy, dd-MM-yyyy HH:mm or excel.");
            }
            patterns.add(pattern);
        }
        return new DateFormats(List.copyOf(patterns), excel);
    }

    private JdbcSettings jdbc(Map<String, NodeTuple> keys, Kind kind) {
        NodeTuple section = keys.get("jdbc");
        if (kind != Kind.JDBC) {
            if (section != null) {
                throw refusal(section.getKeyNode(), "'jdbc' hoort alleen bij kind jdbc.", "'jdbc' belongs to kind "
                        + "jdbc only.");
            }
            return null;
        }
        if (section == null) {
            throw refusal(keys.get("kind").getValueNode(), "kind jdbc heeft een sectie 'jdbc' nodig met url, username, "
                    + "password en query.", "kind jdbc needs a section 'jdbc' with url, username, password and query.");
        }
        Map<String, NodeTuple> settings = yaml.entries(section.getValueNode(), "jdbc");
        for (NodeTuple entry : settings.values()) {
            String key = text(entry.getKeyNode());
            if (!JDBC_KEYS.contains(key)) {
                throw refusal(entry.getKeyNode(), "onbekende sleutel 'jdbc." + key + "'; bekende sleutels zijn "
                        + String.join(", ", JDBC_KEYS) + ".", "unknown key 'jdbc." + key + "'; known keys are "
                        + String.join(", ", JDBC_KEYS) + ".");
            }
        }
        String url = resolved(settings, "url", true);
        if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
            throw refusal(settings.get("url").getValueNode(), "'jdbc.url' moet een MariaDB-URL zijn "
                    + "(jdbc:mariadb://server:3306/database).", "'jdbc.url' must be a MariaDB URL "
                    + "(jdbc:mariadb://server:3306/database).");
        }
        String query = resolved(settings, "query", true).strip();
        if (!query.toLowerCase(Locale.ROOT).matches("(?s)(select|with)\\b.*")) {
            throw refusal(settings.get("query").getValueNode(), "'jdbc.query' moet een SELECT zijn.",
                    "'jdbc.query' must be a SELECT.");
        }
        Matcher parameter = PARAMETER.matcher(query.replaceAll("'[^']*'", "''"));
        while (parameter.find()) {
            if (!parameter.group(1).equals("since") && !parameter.group(1).equals("until")) {
                throw refusal(settings.get("query").getValueNode(), "'jdbc.query' gebruikt de onbekende parameter :"
                        + parameter.group(1) + "; alleen :since en :until bestaan.", "'jdbc.query' uses the unknown "
                        + "parameter :" + parameter.group(1) + "; only :since and :until exist.");
            }
        }
        int fetchSize = settings.containsKey("fetch-size") ? number(settings, "fetch-size") : 1000;
        Duration connect = duration(settings, "connect-timeout", Duration.ofSeconds(10));
        Duration queryTimeout = duration(settings, "query-timeout", Duration.ofMinutes(10));
        LocalDateTime start = LocalDateTime.of(1900, 1, 1, 0, 0);
        if (settings.containsKey("start")) {
            String text = text(settings.get("start").getValueNode());
            try {
                start = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
            } catch (DateTimeParseException e) {
                throw refusal(settings.get("start").getValueNode(), "'jdbc.start' is een datum (2020-01-01) of tijdstip "
                        + "(2020-01-01T00:00), niet '" + text + "'.", "'jdbc.start' is a date (2020-01-01) or a time "
                        + "(2020-01-01T00:00), not '" + text + "'.");
            }
        }
        return new JdbcSettings(url, resolved(settings, "username", false), resolved(settings, "password", false), query,
                fetchSize, connect, queryTimeout, start);
    }

    private String resolved(Map<String, NodeTuple> settings, String key, boolean mandatory) {
        NodeTuple entry = settings.get(key);
        if (entry == null || text(entry.getValueNode()).isBlank()) {
            if (mandatory) {
                throw new IllegalArgumentException(file + ": 'jdbc." + key + "' ontbreekt. / 'jdbc." + key
                        + "' is missing.");
            }
            return "";
        }
        String written = text(entry.getValueNode());
        try {
            return placeholders.apply(written);
        } catch (IllegalArgumentException e) {
            throw refusal(entry.getValueNode(), "'jdbc." + key + "' verwijst naar een instelling of omgevingsvariabele "
                    + "die niet bestaat (" + e.getMessage() + "); zet die variabele of geef een standaard, zoals "
                    + "${NAAM:waarde}.", "'jdbc." + key + "' refers to a setting or environment variable that does not "
                    + "exist (" + e.getMessage() + "); set that variable or give a default, such as ${NAME:value}.");
        }
    }

    private int number(Map<String, NodeTuple> settings, String key) {
        String text = text(settings.get(key).getValueNode());
        if (!text.matches("[1-9]\\d{0,6}")) {
            throw refusal(settings.get(key).getValueNode(), "'jdbc." + key + "' is een geheel getal van 1 of meer, niet '"
                    + text + "'.", "'jdbc." + key + "' is a whole number of 1 or more, not '" + text + "'.");
        }
        return Integer.parseInt(text);
    }

    private Duration duration(Map<String, NodeTuple> settings, String key, Duration fallback) {
        if (!settings.containsKey(key)) {
            return fallback;
        }
        String text = text(settings.get(key).getValueNode());
        Matcher m = Pattern.compile("(\\d{1,6})(s|m)").matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw refusal(settings.get(key).getValueNode(), "'jdbc." + key + "' is een duur in seconden of minuten, "
                    + "zoals 10s of 5m, niet '" + text + "'.", "'jdbc." + key + "' is a duration in seconds or minutes, "
                    + "such as 10s or 5m, not '" + text + "'.");
        }
        long amount = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMinutes(amount);
    }

    private <E extends Enum<E>> E choice(Map<String, NodeTuple> keys, String key, Class<E> type, E fallback) {
        String value = fallback == null ? required(keys, key) : optional(keys, key);
        if (value == null) {
            return fallback;
        }
        String known = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refusal(keys.get(key).getValueNode(), "'" + key + "' is een van " + known + ", niet '" + value + "'.",
                    "'" + key + "' is one of " + known + ", not '" + value + "'.");
        }
    }

    private String required(Map<String, NodeTuple> keys, String key) {
        String value = optional(keys, key);
        if (value == null) {
            throw new IllegalArgumentException(file + ": de sleutel '" + key + "' ontbreekt. / the key '" + key
                    + "' is missing.");
        }
        return value;
    }

    private String optional(Map<String, NodeTuple> keys, String key) {
        NodeTuple entry = keys.get(key);
        if (entry == null || entry.getValueNode() instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return null;
        }
        if (!(entry.getValueNode() instanceof ScalarNode)) {
            throw refusal(entry.getValueNode(), "bij '" + key + "' hoort één waarde.", "'" + key + "' takes one value.");
        }
        String value = text(entry.getValueNode()).strip();
        return value.isEmpty() ? null : value;
    }

    /** How value-mapping keys are matched: case, surrounding and repeated spaces do not count. */
    static String normalised(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private IllegalArgumentException refusal(Node at, String dutch, String english) {
        return yaml.refusal(at, dutch, english);
    }
}
