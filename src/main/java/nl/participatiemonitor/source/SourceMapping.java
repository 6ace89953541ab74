package nl.participatiemonitor.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import nl.participatiemonitor.ingest.Problem;
import nl.participatiemonitor.source.SourceDefinition.ColumnRule;
import nl.participatiemonitor.source.SourceDefinition.ValueMapping;

/**
 * Turns the rows of one source file into canonical rows, as its {@link SourceDefinition} says: picks and
 * joins columns, adds constants and the source's municipality, translates values and rewrites dates as
 * {@code yyyy-MM-dd}. A mapped row keeps the line number of the original file, so a reject points at the
 * line the controller can open. A value the definition cannot map becomes a reject whose reason names the
 * definition and the column. One instance per file; not thread-safe.
 */
public final class SourceMapping {

    /** The header name under which a database extract carries client ids that are already pseudonyms. */
    public static final String CLIENT_PSEUDONYM = "client_pseudoniem";

    private final SourceDefinition definition;
    private final List<String> header;
    private final List<ColumnRule> rules;
    private final int[][] positions;
    private final List<String> ignored;
    private final int sourceWidth;
    private final List<DateTimeFormatter> formats;

    private SourceMapping(SourceDefinition definition, List<String> header, int[][] positions, List<String> ignored,
            int sourceWidth) {
        this.definition = definition;
        this.header = header;
        this.rules = definition.columns();
        this.positions = positions;
        this.ignored = ignored;
        this.sourceWidth = sourceWidth;
        this.formats = definition.dates().patterns().stream().map(SourceDates::formatter).toList();
    }

    /** A mapped row: the canonical row to validate, or the reasons it cannot be mapped. */
    public sealed interface Mapped {

        record Row(SourceRow row) implements Mapped {
        }

        record Rejected(long line, List<Problem> problems) implements Mapped {
        }
    }

    /**
     * Binds the definition to a file's header (names matched ignoring case and spaces).
     *
     * @throws UnreadableFileException when the file lacks a column the definition reads: nothing of it can
     *     be imported
     */
    public static SourceMapping bind(SourceDefinition definition, Path file, List<String> sourceHeader)
            throws UnreadableFileException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < sourceHeader.size(); i++) {
            byName.putIfAbsent(SourceDefinitionReader.normalised(sourceHeader.get(i)), i);
        }
        List<String> missing = definition.sourceColumns().stream()
                .filter(c -> !byName.containsKey(SourceDefinitionReader.normalised(c))).toList();
        if (!missing.isEmpty()) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            String columns = String.join(", ", missing);
            throw new UnreadableFileException(file,
                    name + " mist de kolom(men) " + columns + " die brondefinitie " + definition.shownName()
                            + " leest. Lever het bestand met die kolommen aan of pas 'columns' in de brondefinitie aan.",
                    name + " lacks the column(s) " + columns + " that source definition " + definition.shownName()
                            + " reads. Deliver the file with those columns or change 'columns' in the source definition.");
        }
        List<ColumnRule> rules = definition.columns();
        int[][] positions = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            positions[r] = rules.get(r).sourceColumns().stream()
                    .mapToInt(c -> byName.get(SourceDefinitionReader.normalised(c))).toArray();
        }
        List<String> header = new ArrayList<>(definition.canonicalHeader());
        if (definition.isJdbc()) {
            definition.clientRule().ifPresent(rule -> header.set(rules.indexOf(rule), CLIENT_PSEUDONYM));
        }
        Set<Integer> read = new HashSet<>();
        for (int[] columns : positions) {
            Arrays.stream(columns).forEach(read::add);
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < sourceHeader.size(); i++) {
            if (!read.contains(i) && !sourceHeader.get(i).isEmpty()) {
                ignored.add(sourceHeader.get(i));
            }
        }
        return new SourceMapping(definition, List.copyOf(header), positions, List.copyOf(ignored), sourceHeader.size());
    }

    /** The file's columns the definition does not read: ignored (and reported once), so never stored. */
    public List<String> ignoredColumns() {
        return ignored;
    }

    /** The canonical column names of every mapped row, in order. */
    public List<String> header() {
        return header;
    }

    public Mapped map(SourceRow row) {
        if (row.fieldCount() != sourceWidth) {
            return new Mapped.Rejected(row.line(), List.of(new Problem(null, "",
                    "De regel heeft " + row.fieldCount() + " velden, de kopregel " + sourceWidth
                            + (row.fieldCount() > sourceWidth ? ". Zet tekst met een scheidingsteken tussen aanhalingstekens."
                                    : ". Elke regel heeft evenveel velden als de kopregel; vul ontbrekende velden aan "
                                    + "met lege waarden (;;)."),
                    "The line has " + row.fieldCount() + " fields, the header " + sourceWidth
                            + (row.fieldCount() > sourceWidth ? ". Put text containing a delimiter between double quotes."
                                    : ". Every line has as many fields as the header; add missing fields as empty "
                                    + "values (;;)."))));
        }
        List<String> values = new ArrayList<>(header.size());
        List<Problem> problems = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            ColumnRule rule = rules.get(r);
            String raw = rule.isConstant() ? rule.constant().strip() : read(row, rule, positions[r]);
            String value = translate(rule, raw, problems);
            if (value != null && !value.isEmpty() && definition.entity().isDate(rule.target())) {
                value = date(rule, value, problems);
            }
            values.add(value == null ? "" : value);
        }
        if (definition.suppliesMunicipality()) {
            values.add(definition.municipality());
        }
        if (!problems.isEmpty()) {
            return new Mapped.Rejected(row.line(), problems);
        }
        return new Mapped.Row(new SourceRow(row.line(), values, values.size()));
    }

    private static String read(SourceRow row, ColumnRule rule, int[] positions) {
        if (positions.length == 1) {
            return row.values().get(positions[0]);
        }
        StringJoiner joined = new StringJoiner(rule.separator());
        for (int position : positions) {
            String part = row.values().get(position);
            if (!part.isEmpty()) {
                joined.add(part);
            }
        }
        return joined.toString();
    }

    /** The canonical value for a source value, or null (with a problem) when the definition cannot map it. */
    private String translate(ColumnRule rule, String raw, List<Problem> problems) {
        ValueMapping mapping = definition.values().get(rule.target());
        if (mapping == null) {
            return raw;
        }
        String mapped = mapping.mapped().get(SourceDefinitionReader.normalised(raw));
        if (mapped != null) {
            return mapped;
        }
        if (raw.isEmpty()) {
            return raw;
        }
        return switch (mapping.unmapped()) {
            case KEEP -> raw;
            case DEFAULT -> mapping.defaultValue();
            case REJECT -> {
                problems.add(new Problem(problemColumn(rule), abbreviate(raw),
                        "Waarde '" + abbreviate(raw) + "' in bronkolom " + shownColumn(rule) + " (" + rule.target()
                                + ") staat niet in de waardenlijst van brondefinitie " + definition.shownName()
                                + ". Voeg de waarde toe onder values." + rule.target() + ".map of verbeter de bron.",
                        "Value '" + abbreviate(raw) + "' in source column " + shownColumn(rule) + " (" + rule.target()
                                + ") is not in the value list of source definition " + definition.shownName()
                                + ". Add the value under values." + rule.target() + ".map or correct the source."));
                yield null;
            }
        };
    }

    private String date(ColumnRule rule, String value, List<Problem> problems) {
        LocalDate date = SourceDates.iso(value);
        for (int i = 0; date == null && i < formats.size(); i++) {
            try {
                date = SourceDates.parse(value, formats.get(i));
            } catch (java.time.DateTimeException notThisFormat) {
                // try the next format
            }
        }
        if (date == null && definition.dates().excelSerials()) {
            date = SourceDates.excel(value);
        }
        if (date != null) {
            return date.toString();
        }
        List<String> accepted = new ArrayList<>(List.of("yyyy-MM-dd"));
        accepted.addAll(definition.dates().patterns());
        if (definition.dates().excelSerials()) {
            accepted.add("excel");
        }
        problems.add(new Problem(problemColumn(rule), abbreviate(value),
                "Datum '" + abbreviate(value) + "' in bronkolom " + shownColumn(rule) + " (" + rule.target()
                        + ") past bij geen datumnotatie van brondefinitie " + definition.shownName() + ": "
                        + String.join(", ", accepted) + ". Verbeter de datum of voeg de notatie toe onder date-formats.",
                "Date '" + abbreviate(value) + "' in source column " + shownColumn(rule) + " (" + rule.target()
                        + ") matches no date format of source definition " + definition.shownName() + ": "
                        + String.join(", ", accepted) + ". Correct the date or add the format under date-formats."));
        return null;
    }

    private static String shownColumn(ColumnRule rule) {
        return rule.isConstant() ? "(constant)" : "'" + String.join("' + '", rule.sourceColumns()) + "'";
    }

    /** The column a reject names: the source column(s) the controller finds in the file. */
    private static String problemColumn(ColumnRule rule) {
        String columns = rule.isConstant() ? rule.target() : String.join("+", rule.sourceColumns());
        return columns.length() <= 100 ? columns : columns.substring(0, 100);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
