package nl.participatiemonitor.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.participatiemonitor.system.DutchTime;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and checks {@code jobs/*.yml}, one job per file. Anything wrong (a bad cron expression, an
 * unknown field, time zone, task, period, audience or municipality) stops with one message that names
 * the file and the field, in Dutch and English.
 */
public final class JobFiles {

    private static final Set<String> COMMON = Set.of("naam", "omschrijving", "cron", "tijdzone", "taak", "feestdagen",
            "nationale_feestdagen");
    private static final Set<String> PUBLICATION = Set.of("periode", "scope", "doelgroepen", "uitvoer");
    private static final Set<String> INBOX = Set.of("inbox", "stil_minuten");

    private JobFiles() {
    }

    /** Every job in {@code folder} (files ending in .yml or .yaml, in name order); an absent folder holds none. */
    public static List<JobDefinition> load(Path folder, Set<String> knownMunicipalities) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Map " + folder + " kan niet worden gelezen / cannot be read: " + e.getMessage());
        }
        List<JobDefinition> jobs = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            JobDefinition job = read(file, knownMunicipalities);
            Path earlier = names.putIfAbsent(job.name(), file);
            if (earlier != null) {
                throw error(file, "naam", "dezelfde naam als " + earlier.getFileName() + "; elke taak heeft een eigen naam",
                        "the same name as " + earlier.getFileName() + "; every job needs its own name");
            }
            jobs.add(job);
        }
        return List.copyOf(jobs);
    }

    /** Reads one job file. */
    public static JobDefinition read(Path file, Set<String> knownMunicipalities) {
        Object document;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new DatesAsText()).load(in);
        } catch (IOException | YAMLException e) {
            throw new IllegalArgumentException(file + ": kan niet worden gelezen: " + e.getMessage() + " / " + file
                    + ": cannot be read: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(file + ": moet velden als naam, cron en taak bevatten. / " + file
                    + ": must hold fields such as naam, cron and taak.");
        }
        return new Fields(file, fields).job(knownMunicipalities);
    }

    /** The fields of one file, read one by one with the file and field named in every error. */
    private record Fields(Path file, Map<?, ?> fields) {

        JobDefinition job(Set<String> knownMunicipalities) {
            String taskWord = required("taak");
            Task task = Task.of(taskWord).orElseThrow(() -> error(file, "taak", "onbekende taak '" + taskWord
                    + "'; kies inbox, rapportage of awb-jaaroverzicht", "unknown task '" + taskWord
                    + "'; choose inbox, rapportage or awb-jaaroverzicht"));
            Set<String> allowed = new TreeSet<>(COMMON);
            allowed.addAll(task.publishes() ? PUBLICATION : INBOX);
            for (Object key : fields.keySet()) {
                if (!allowed.contains(String.valueOf(key))) {
                    throw error(file, String.valueOf(key), "onbekend veld voor taak " + task.word() + "; toegestaan: "
                            + String.join(", ", allowed), "unknown field for task " + task.word() + "; allowed: "
                            + String.join(", ", allowed));
                }
            }
            String name = required("naam");
            if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                throw error(file, "naam", "'" + name + "' mag alleen kleine letters, cijfers en streepjes bevatten",
                        "'" + name + "' may only hold lower-case letters, digits and dashes");
            }
            String cron = required("cron");
            try {
                CronExpression.validateExpression(cron);
            } catch (ParseException e) {
                throw error(file, "cron", "'" + cron + "' is geen geldige Quartz-cronexpressie (" + e.getMessage()
                        + "); bijvoorbeeld '0 0 7 15 1,4,7,10 ?'", "'" + cron + "' is not a valid Quartz cron expression ("
                        + e.getMessage() + "); for example '0 0 7 15 1,4,7,10 ?'");
            }
            ZoneId zone = zone();
            Holidays holidays = new Holidays(bool("nationale_feestdagen"), holidays());
            String description = optional("omschrijving", "");
            if (!task.publishes()) {
                int quiet = integer("stil_minuten", 30);
                return new JobDefinition(name, description, file.toString(), cron, zone, task, null, null, Set.of(), null,
                        optional("inbox", "inbox"), quiet, holidays);
            }
            RelativePeriod period = period(task);
            JobScope scope = scope(knownMunicipalities);
            Set<String> audiences = audiences(task);
            return new JobDefinition(name, description, file.toString(), cron, zone, task, period, scope, audiences,
                    optional("uitvoer", "out"), null, 0, holidays);
        }

        private ZoneId zone() {
            String zone = optional("tijdzone", DutchTime.ZONE.getId());
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw error(file, "tijdzone", "onbekende tijdzone '" + zone + "', bijvoorbeeld Europe/Amsterdam",
                        "unknown time zone '" + zone + "', for example Europe/Amsterdam");
            }
        }

        private RelativePeriod period(Task task) {
            if (task == Task.AWB_OVERVIEW && !fields.containsKey("periode")) {
                return RelativePeriod.PREVIOUS_YEAR;
            }
            String word = required("periode");
            RelativePeriod period = RelativePeriod.of(word).orElseThrow(() -> error(file, "periode", "onbekende periode '"
                    + word + "'; kies vorige-maand, vorig-kwartaal, vorig-halfjaar of vorig-jaar", "unknown period '" + word
                    + "'; choose vorige-maand, vorig-kwartaal, vorig-halfjaar or vorig-jaar"));
            if (task == Task.AWB_OVERVIEW && period != RelativePeriod.PREVIOUS_YEAR) {
                throw error(file, "periode", "het overzicht van Awb 9:12a gaat over een heel jaar: vorig-jaar",
                        "the Awb 9:12a overview covers a whole year: vorig-jaar");
            }
            return period;
        }

        private JobScope scope(Set<String> knownMunicipalities) {
            Object scope = fields.get("scope");
            if (scope == null || "alle".equals(scope)) {
                return JobScope.all();
            }
            if (scope instanceof Map<?, ?> map && map.size() == 1 && map.get("gr") instanceof String gr && !gr.isBlank()) {
                return new JobScope(List.of(), gr.trim());
            }
            if (scope instanceof Map<?, ?> map && map.size() == 1 && map.get("gemeenten") instanceof List<?> codes
                    && !codes.isEmpty()) {
                List<String> municipalities = codes.stream().map(String::valueOf).map(String::trim).sorted().distinct()
                        .toList();
                List<String> unknown = municipalities.stream().filter(c -> !knownMunicipalities.contains(c)).toList();
                if (!unknown.isEmpty()) {
                    throw error(file, "scope.gemeenten", "onbekende gemeente " + String.join(", ", unknown)
                            + "; gebruik de CBS-code, GM met vier cijfers", "unknown municipality " + String.join(", ", unknown)
                            + "; use the CBS code, GM and four digits");
                }
                return new JobScope(municipalities, null);
            }
            throw error(file, "scope", "schrijf 'alle', 'gemeenten: [GM0014, ...]' of 'gr: <code>'",
                    "write 'alle', 'gemeenten: [GM0014, ...]' or 'gr: <code>'");
        }

        private Set<String> audiences(Task task) {
            Object value = fields.get("doelgroepen");
            if (value == null && task == Task.AWB_OVERVIEW) {
                return Set.of("jaaroverzicht");
            }
            if (!(value instanceof Collection<?> list) || list.isEmpty()) {
                throw error(file, "doelgroepen", "geef een lijst met een of meer van raad, toezicht, jaaroverzicht, dossier",
                        "give a list of one or more of raad, toezicht, jaaroverzicht, dossier");
            }
            Set<String> audiences = new LinkedHashSet<>();
            for (Object item : list) {
                String audience = String.valueOf(item).trim();
                if (!JobDefinition.AUDIENCES.contains(audience)) {
                    throw error(file, "doelgroepen", "onbekende doelgroep '" + audience
                            + "'; kies uit raad, toezicht, jaaroverzicht, dossier", "unknown audience '" + audience
                            + "'; choose from raad, toezicht, jaaroverzicht, dossier");
                }
                audiences.add(audience);
            }
            return Set.copyOf(audiences);
        }

        private List<LocalDate> holidays() {
            Object value = fields.get("feestdagen");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof Collection<?> list)) {
                throw error(file, "feestdagen", "geef een lijst met datums (jjjj-mm-dd)", "give a list of dates (yyyy-mm-dd)");
            }
            List<LocalDate> days = new ArrayList<>();
            for (Object item : list) {
                try {
                    days.add(LocalDate.parse(String.valueOf(item).trim()));
                } catch (DateTimeException e) {
                    throw error(file, "feestdagen", "'" + item + "' is geen datum (jjjj-mm-dd)",
                            "'" + item + "' is not a date (yyyy-mm-dd)");
                }
            }
            return days.stream().sorted().distinct().toList();
        }

        private boolean bool(String field) {
            Object value = fields.get(field);
            if (value == null) {
                return false;
            }
            if (!(value instanceof Boolean flag)) {
                throw error(file, field, "'" + value + "' is geen true of false", "'" + value + "' is not true or false");
            }
            return flag;
        }

        private int integer(String field, int fallback) {
            Object value = fields.get(field);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Integer number && number >= 0) {
                return number;
            }
            throw error(file, field, "'" + value + "' is geen geheel getal van 0 of meer", "'" + value
                    + "' is not a whole number of 0 or more");
        }

        private String required(String field) {
            Object value = fields.get(field);
            if (value == null || String.valueOf(value).isBlank()) {
                throw error(file, field, "ontbreekt", "is missing");
            }
            if (!(value instanceof String text)) {
                throw error(file, field, "moet tekst zijn, niet '" + value + "'", "must be text, not '" + value + "'");
            }
            return text.trim();
        }

        private String optional(String field, String fallback) {
            return fields.containsKey(field) ? required(field) : fallback;
        }
    }

    /** Leaves dates as text, so 2026-02-30 is refused instead of quietly becoming 2 March. */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static IllegalArgumentException error(Path file, String field, String dutch, String english) {
        return new IllegalArgumentException(file + ", veld '" + field + "': " + dutch + ". / " + file + ", field '" + field
                + "': " + english + ".");
    }
}
