package nl.participatiemonitor.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads generated deliveries independently of the generator and applies the importer's rules of
 * IMPORT.md (headers, required values, code lists, references, dates, keys), streaming every file;
 * it tallies the values it saw so tests can ask about the shape of the data.
 */
final class DeliveryCheck {

    static final Map<String, List<String>> HEADERS = Map.of(
            "organisaties", List.of("organisatie_code", "naam", "soort"),
            "gr_lidmaatschappen", List.of("gr_code", "gemeente_code", "geldig_van", "geldig_tot"),
            "clienten", List.of("client_id", "gemeente_code", "start_uitkering", "einde_uitkering", "geboortejaar",
                    "route", "vaste_contactpersoon", "uitvoerder_code"),
            "contacten", List.of("contact_id", "client_id", "datum", "kanaal", "doel", "bereikt", "organisatie_code"),
            "klachten", List.of("klacht_id", "gemeente_code", "ontvangen", "schriftelijk", "kanaal", "onderwerp",
                    "gedragende_organisatie", "behandelende_organisatie", "ontvangst_bevestigd", "adviescommissie",
                    "verdaagd_op", "afgehandeld", "uitkomst", "doorgezonden_zonder_betrokkenheid",
                    "ombudsman_ingediend", "ombudsman_oordeel"),
            "adviesorganen", List.of("orgaan_id", "naam", "soort", "peildatum", "verordening_datum", "werkafspraken",
                    "laatste_evaluatie", "zetels", "bezette_zetels", "leden_pw_client", "fac_budget", "fac_achterban",
                    "fac_beleidsagenda", "fac_contactpersoon", "fac_voorzitter", "fac_secretaris", "fac_locatie"),
            "adviesorgaan_dekking", List.of("orgaan_id", "gemeente_code", "geldig_van", "geldig_tot"),
            "adviezen", List.of("advies_id", "orgaan_id", "soort", "onderwerp", "titel", "gevraagd_op",
                    "uitgebracht_op", "betrokkenheid", "reactietermijn_dagen"),
            "advies_reacties", List.of("advies_id", "gemeente_code", "reactie_datum", "uitkomst", "gemotiveerd",
                    "schriftelijk"));

    static final List<String> CHAIN_FILES = List.of("organisaties", "gr_lidmaatschappen");
    static final List<String> ADVISORY_FILES = List.of("adviesorganen", "adviesorgaan_dekking", "adviezen");
    static final List<String> MUNICIPALITY_FILES = List.of("clienten", "contacten", "klachten", "advies_reacties");

    static final Set<String> COMPLAINT_OUTCOMES = Set.of("GEGROND", "DEELS_GEGROND", "ONGEGROND", "GEEN_OORDEEL",
            "INFORMEEL_OPGELOST", "NIET_IN_BEHANDELING", "DOORGEZONDEN", "INGETROKKEN");
    static final Set<String> COMPLAINT_TOPICS = Set.of("BEJEGENING", "BEREIKBAARHEID", "INFORMATIE",
            "BEGELEIDING_WERK", "MEDISCHE_BEPERKING", "HANDHAVING", "VERGOEDINGEN", "BETALING", "KLACHTBEHANDELING",
            "OVERIG");
    static final Set<String> CHANNELS = Set.of("KANTOOR", "HUISBEZOEK", "WIJKLOCATIE", "TELEFOON", "VIDEO", "EMAIL",
            "BERICHT", "BRIEF", "GROEP");
    static final Set<String> ADVICE_TOPICS = Set.of("VERORDENING", "BELEID", "UITVOERING", "MINIMABELEID",
            "REINTEGRATIE", "HANDHAVING", "COMMUNICATIE", "BEGROTING", "OVERIG");

    private static final Map<String, Set<String>> CODES = Map.ofEntries(
            Map.entry("organisaties.soort", Set.of("GR", "UITVOERDER", "OMBUDSMAN")),
            Map.entry("clienten.route", Set.of("WERK", "PARTICIPATIE", "ONTHEFFING", "ONBEKEND")),
            Map.entry("contacten.kanaal", CHANNELS),
            Map.entry("contacten.doel", Set.of("ONDERSTEUNING", "INKOMEN", "INTAKE", "HANDHAVING", "OVERIG")),
            Map.entry("klachten.kanaal", Set.of("BRIEF", "EMAIL", "WEBFORMULIER", "TELEFOON", "BALIE", "GESPREK")),
            Map.entry("klachten.onderwerp", COMPLAINT_TOPICS),
            Map.entry("klachten.uitkomst", COMPLAINT_OUTCOMES),
            Map.entry("klachten.ombudsman_oordeel",
                    Set.of("GEGROND", "DEELS_GEGROND", "NIET_GEGROND", "BEMIDDELD", "NIET_IN_BEHANDELING")),
            Map.entry("adviesorganen.soort", Set.of("CLIENTENRAAD_PW", "CLIENTENRAAD_GR", "GECOMBINEERD",
                    "ADVIESRAAD_SD")),
            Map.entry("adviezen.soort", Set.of("GEVRAAGD", "ONGEVRAAGD")),
            Map.entry("adviezen.onderwerp", ADVICE_TOPICS),
            Map.entry("adviezen.betrokkenheid", Set.of("VROEG", "CONCEPT", "LAAT", "NA_BESLUIT")),
            Map.entry("advies_reacties.uitkomst", Set.of("OVERGENOMEN", "DEELS_OVERGENOMEN", "NIET_OVERGENOMEN")));

    private static final Set<String> BOOLEANS = Set.of("vaste_contactpersoon", "bereikt", "schriftelijk",
            "adviescommissie", "doorgezonden_zonder_betrokkenheid", "werkafspraken", "gemotiveerd", "fac_budget",
            "fac_achterban", "fac_beleidsagenda", "fac_contactpersoon", "fac_voorzitter", "fac_secretaris",
            "fac_locatie");
    private static final Set<String> EVENT_DATES = Set.of("start_uitkering", "datum", "ontvangen",
            "ontvangst_bevestigd", "verdaagd_op", "afgehandeld", "ombudsman_ingediend", "peildatum",
            "verordening_datum", "laatste_evaluatie", "gevraagd_op", "uitgebracht_op", "reactie_datum");
    private static final Set<String> OTHER_DATES = Set.of("einde_uitkering", "geldig_van", "geldig_tot");
    private static final Set<String> NUMBERS = Set.of("zetels", "bezette_zetels", "leden_pw_client");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "organisaties", List.of("organisatie_code", "naam", "soort"),
            "gr_lidmaatschappen", List.of("gr_code", "gemeente_code", "geldig_van"),
            "clienten", List.of("client_id", "gemeente_code", "start_uitkering"),
            "contacten", List.of("contact_id", "client_id", "datum", "kanaal", "doel"),
            "klachten", List.of("klacht_id", "gemeente_code", "ontvangen", "onderwerp"),
            "adviesorganen", List.of("orgaan_id", "naam", "soort", "peildatum"),
            "adviesorgaan_dekking", List.of("orgaan_id", "gemeente_code", "geldig_van"),
            "adviezen", List.of("advies_id", "orgaan_id", "soort", "onderwerp", "uitgebracht_op"),
            "advies_reacties", List.of("advies_id", "gemeente_code"));
    private static final Map<String, List<String>> KEYS = Map.of(
            "organisaties", List.of("organisatie_code"),
            "gr_lidmaatschappen", List.of("gr_code", "gemeente_code", "geldig_van"),
            "clienten", List.of("client_id"),
            "contacten", List.of("contact_id"),
            "klachten", List.of("klacht_id"),
            "adviesorganen", List.of("orgaan_id", "peildatum"),
            "adviesorgaan_dekking", List.of("orgaan_id", "gemeente_code", "geldig_van"),
            "adviezen", List.of("advies_id"),
            "advies_reacties", List.of("advies_id", "gemeente_code"));
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private final LocalDate until;
    private final Set<String> municipalities = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, Long>> tallies = new TreeMap<>();
    private final Map<String, String> organisations = new HashMap<>();
    private final Map<String, Integer> grMembers = new TreeMap<>();
    private final Set<String> bodies = new HashSet<>();
    private final Map<String, List<Coverage>> coverage = new HashMap<>();
    private final Map<String, Advice> advice = new HashMap<>();
    private final Map<String, LocalDate[]> clients = new HashMap<>();
    private final Map<String, Long> rows = new TreeMap<>();
    private final List<String> folders = new ArrayList<>();

    private record Coverage(String municipality, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    private record Advice(String body, LocalDate issued) {
    }

    private DeliveryCheck(LocalDate until) {
        this.until = until;
    }

    /** Checks every delivery folder under {@code out} in name (import) order. */
    static DeliveryCheck of(Path out, LocalDate until) throws IOException {
        DeliveryCheck check = new DeliveryCheck(until);
        check.readReference();
        List<Path> folders;
        try (Stream<Path> listing = Files.list(out)) {
            folders = listing.sorted().toList();
        }
        for (Path folder : folders) {
            check.folder(folder);
        }
        return check;
    }

    List<String> problems() {
        return problems;
    }

    /** How often each value (empty included) occurred in a code or J/N column, or a derived case, e.g. "klachten.uitkomst". */
    Map<String, Long> tally(String column) {
        return tallies.getOrDefault(column, Map.of());
    }

    long rows(String entity) {
        return rows.getOrDefault(entity, 0L);
    }

    List<String> folders() {
        return folders;
    }

    Map<String, Integer> grMembers() {
        return grMembers;
    }

    /** Delivered municipalities that no body ever covers. */
    Set<String> withoutBody() {
        Set<String> covered = new HashSet<>();
        coverage.values().forEach(list -> list.forEach(c -> covered.add(c.municipality())));
        Set<String> without = new TreeSet<>();
        for (String folder : folders) {
            if (folder.startsWith("10-")) {
                String code = folder.substring(3).toUpperCase();
                if (!covered.contains(code)) {
                    without.add(code);
                }
            }
        }
        return without;
    }

    private void readReference() throws IOException {
        try (InputStream in = DeliveryCheck.class.getResourceAsStream("/reference/gemeenten-2025.csv");
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parser.forEach(r -> municipalities.add(r.get("code")));
        }
    }

    private void folder(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        folders.add(name);
        List<String> files;
        String source;
        if (name.equals("00-ketens")) {
            files = CHAIN_FILES;
            source = "ketens";
        } else if (name.equals("01-adviesraden")) {
            files = ADVISORY_FILES;
            source = "adviesraden";
        } else if (name.matches("10-gm\\d{4}")) {
            files = MUNICIPALITY_FILES;
            source = name.substring(3);
        } else {
            problems.add("unexpected folder " + name);
            return;
        }
        Set<String> expected = new TreeSet<>();
        files.forEach(f -> expected.add(f + ".csv"));
        expected.add("levering.properties");
        Set<String> present = new TreeSet<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(p -> present.add(p.getFileName().toString()));
        }
        if (!present.equals(expected)) {
            problems.add(name + " holds " + present + ", expected " + expected);
        }
        properties(folder, source);
        for (String entity : files) {
            file(folder.resolve(entity + ".csv"), entity, source);
        }
    }

    private void properties(Path folder, String source) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("levering.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String period = until.getYear() + "-Q" + ((until.getMonthValue() - 1) / 3 + 1);
        if (!source.equals(properties.getProperty("bron")) || !period.equals(properties.getProperty("periode"))
                || properties.getProperty("omschrijving", "").isBlank()) {
            problems.add(folder + ": levering.properties " + properties);
        }
    }

    private void file(Path file, String entity, String source) throws IOException {
        byte[] start = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.read(start) == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF) {
                problems.add(file + " starts with a BOM");
            }
        }
        List<String> header = HEADERS.get(entity);
        Set<String> keys = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> found = records.next().toList();
            if (!found.equals(header)) {
                problems.add(file + ": header " + found + ", expected " + header);
                return;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.merge(entity, 1L, Long::sum);
                String where = file.getParent().getFileName() + "/" + file.getFileName() + " record "
                        + record.getRecordNumber();
                if (record.size() != header.size()) {
                    problems.add(where + " has " + record.size() + " fields, header " + header.size());
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                if (!keys.add(String.join("|", KEYS.get(entity).stream().map(row::get).toList()))) {
                    problems.add(where + " repeats key " + KEYS.get(entity));
                }
                new RowCheck(entity, source, where, row).run();
            }
        }
        lineEndings(file);
    }

    /** Every line ends with a single \n, the last one too. */
    private void lineEndings(Path file) throws IOException {
        int last = -1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\r') {
                        problems.add(file + " holds a carriage return");
                        return;
                    }
                }
                last = buffer[read - 1];
            }
        }
        if (last != '\n') {
            problems.add(file + " does not end with \\n");
        }
    }

    private void tally(String column, String value) {
        tallies.computeIfAbsent(column, c -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }

    /** The rules for one row; problems name the file, record and column. */
    private final class RowCheck {

        private final String entity;
        private final String source;
        private final String where;
        private final Map<String, String> row;

        RowCheck(String entity, String source, String where, Map<String, String> row) {
            this.entity = entity;
            this.source = source;
            this.where = where;
            this.row = row;
        }

        void run() {
            for (String column : REQUIRED.get(entity)) {
                if (row.get(column).isEmpty()) {
                    fail(column + " is required");
                }
            }
            for (Map.Entry<String, String> cell : row.entrySet()) {
                cell(cell.getKey(), cell.getValue());
            }
            switch (entity) {
                case "organisaties" -> organisations.put(get("organisatie_code"), get("soort"));
                case "gr_lidmaatschappen" -> membership();
                case "adviesorganen" -> body();
                case "adviesorgaan_dekking" -> coverage();
                case "adviezen" -> advice();
                case "clienten" -> client();
                case "contacten" -> contact();
                case "klachten" -> complaint();
                case "advies_reacties" -> response();
                default -> fail("unknown entity");
            }
        }

        private void cell(String column, String value) {
            String qualified = entity + "." + column;
            if (CODES.containsKey(qualified)) {
                tally(qualified, value);
                if (!value.isEmpty() && !CODES.get(qualified).contains(value)) {
                    fail(column + " has unknown code " + value);
                }
            } else if (BOOLEANS.contains(column)) {
                tally(qualified, value);
                if (!value.isEmpty() && !value.equals("J") && !value.equals("N")) {
                    fail(column + " is not J/N: " + value);
                }
            } else if (EVENT_DATES.contains(column) || OTHER_DATES.contains(column)) {
                LocalDate date = date(column);
                if (date != null && EVENT_DATES.contains(column) && date.isAfter(until)) {
                    fail(column + " " + date + " is after " + until);
                }
            } else if (NUMBERS.contains(column) && !value.isEmpty() && !value.matches("\\d+")) {
                fail(column + " is not a count: " + value);
            } else if (column.equals("gemeente_code") && !municipalities.contains(value)) {
                fail("unknown municipality " + value);
            } else if (column.matches("gr_code|uitvoerder_code|organisatie_code|gedragende_organisatie"
                    + "|behandelende_organisatie") && !value.isEmpty() && !entity.equals("organisaties")
                    && !organisations.containsKey(value)) {
                fail(column + " refers to unknown organisation " + value);
            }
            if (MUNICIPALITY_FILES.contains(entity) && column.equals("gemeente_code")
                    && !value.equalsIgnoreCase(source)) {
                fail("gemeente_code " + value + " in the delivery of " + source);
            }
        }

        private void membership() {
            if (!"GR".equals(organisations.get(get("gr_code")))) {
                fail("gr_code is not a GR");
            }
            after("geldig_tot", "geldig_van");
            grMembers.merge(get("gr_code"), 1, Integer::sum);
        }

        private void body() {
            bodies.add(get("orgaan_id"));
            int seats = number("zetels");
            int filled = number("bezette_zetels");
            int clientMembers = number("leden_pw_client");
            if (filled > seats || clientMembers > filled) {
                fail("seats " + seats + " >= filled " + filled + " >= client members " + clientMembers + " broken");
            }
            notBefore("peildatum", "verordening_datum");
            if (get("soort").equals("ADVIESRAAD_SD") && clientMembers == 0) {
                tally("adviesorganen.zonder_pw_client", get("orgaan_id"));
            }
            LocalDate evaluated = date("laatste_evaluatie");
            tally("adviesorganen.evaluatie", evaluated == null ? "leeg"
                    : evaluated.isBefore(date("peildatum").minusYears(4)) ? "achterstallig" : "recent");
            long facilities = row.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("fac_") && e.getValue().equals("J")).count();
            tally("adviesorganen.faciliteiten", Long.toString(facilities));
        }

        private void coverage() {
            if (!bodies.contains(get("orgaan_id"))) {
                fail("unknown body " + get("orgaan_id"));
            }
            after("geldig_tot", "geldig_van");
            if (!get("geldig_tot").isEmpty()) {
                tally("adviesorgaan_dekking.beeindigd", get("gemeente_code"));
            }
            coverage.computeIfAbsent(get("orgaan_id"), b -> new ArrayList<>())
                    .add(new Coverage(get("gemeente_code"), date("geldig_van"), date("geldig_tot")));
        }

        private void advice() {
            if (!bodies.contains(get("orgaan_id"))) {
                fail("unknown body " + get("orgaan_id"));
            }
            if (get("soort").equals("ONGEVRAAGD") && !get("gevraagd_op").isEmpty()) {
                fail("gevraagd_op on unrequested advice");
            }
            notBefore("uitgebracht_op", "gevraagd_op");
            String term = get("reactietermijn_dagen");
            if (!term.isEmpty() && !term.matches("[1-9]\\d*")) {
                fail("reactietermijn_dagen " + term + " is not positive");
            }
            tally("adviezen.reactietermijn_dagen", term);
            advice.put(get("advies_id"), new Advice(get("orgaan_id"), date("uitgebracht_op")));
        }

        private void client() {
            after("einde_uitkering", "start_uitkering");
            LocalDate end = date("einde_uitkering");
            if (end != null && end.isAfter(until.plusDays(90))) {
                fail("einde_uitkering more than 90 days after " + until);
            }
            String born = get("geboortejaar");
            if (!born.isEmpty() && (!born.matches("\\d{4}") || Integer.parseInt(born) > until.getYear())) {
                fail("geboortejaar " + born);
            }
            clients.put(get("client_id"), new LocalDate[] {date("start_uitkering"), end});
        }

        private void contact() {
            LocalDate[] client = clients.get(get("client_id"));
            if (client == null) {
                fail("unknown client " + get("client_id"));
                return;
            }
            LocalDate day = date("datum");
            if (day != null && (day.isBefore(client[0].minusDays(30)) || client[1] != null && day.isAfter(client[1]))) {
                fail("contact on " + day + " outside the benefit " + client[0] + ".." + client[1]);
            }
        }

        private void complaint() {
            for (String column : List.of("ontvangst_bevestigd", "verdaagd_op", "afgehandeld", "ombudsman_ingediend")) {
                notBefore(column, "ontvangen");
            }
            if (get("afgehandeld").isEmpty() != get("uitkomst").isEmpty()) {
                fail("uitkomst must be set exactly when afgehandeld is");
            }
            if (!get("ombudsman_oordeel").isEmpty() && get("ombudsman_ingediend").isEmpty()) {
                fail("ombudsman_oordeel without ombudsman_ingediend");
            }
            notBefore("ombudsman_ingediend", "afgehandeld");
            tally("klachten.termijn", termCase());
            LocalDate received = date("ontvangen");
            LocalDate acknowledged = date("ontvangst_bevestigd");
            if (get("schriftelijk").equals("J")) {
                tally("klachten.bevestiging", acknowledged == null ? "ontbreekt"
                        : acknowledged.isAfter(received.plusDays(7)) ? "te laat" : "binnen 7 dagen");
            }
        }

        /** The Awb term case of METRICS.md: T = ontvangen + 42 (70 with a committee) + 28 when extended. */
        private String termCase() {
            LocalDate received = date("ontvangen");
            LocalDate due = received.plusDays(get("adviescommissie").equals("J") ? 70 : 42)
                    .plusDays(get("verdaagd_op").isEmpty() ? 0 : 28);
            LocalDate handled = date("afgehandeld");
            if (get("adviescommissie").equals("J")) {
                tally("klachten.termijn_soort", "adviescommissie");
            }
            if (!get("verdaagd_op").isEmpty()) {
                tally("klachten.termijn_soort", "verdaagd");
            }
            if (handled == null) {
                return due.isBefore(until) ? "open te laat" : "open binnen termijn";
            }
            return handled.isEqual(due) ? "op de termijndatum" : handled.isBefore(due) ? "tijdig" : "te laat";
        }

        private void response() {
            Advice issued = advice.get(get("advies_id"));
            if (issued == null) {
                fail("unknown advice " + get("advies_id"));
                return;
            }
            boolean covered = coverage.getOrDefault(issued.body(), List.of()).stream()
                    .anyMatch(c -> c.municipality().equals(get("gemeente_code")) && c.covers(issued.issued()));
            if (!covered) {
                fail("answer to advice " + get("advies_id") + " of a body not covering " + get("gemeente_code"));
            }
            LocalDate answered = date("reactie_datum");
            if (answered == null && !(get("uitkomst") + get("gemotiveerd")).isEmpty()) {
                fail("uitkomst or gemotiveerd without reactie_datum");
            }
            if (answered != null && answered.isBefore(issued.issued())) {
                fail("reactie_datum before uitgebracht_op " + issued.issued());
            }
        }

        private String get(String column) {
            return row.get(column);
        }

        private LocalDate date(String column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value, ISO);
            } catch (DateTimeParseException e) {
                fail(column + " is not yyyy-MM-dd: " + value);
                return null;
            }
        }

        private int number(String column) {
            return get(column).isEmpty() ? 0 : Integer.parseInt(get(column));
        }

        private void after(String later, String earlier) {
            LocalDate end = date(later);
            LocalDate begin = date(earlier);
            if (end != null && begin != null && !end.isAfter(begin)) {
                fail(later + " " + end + " is not after " + earlier + " " + begin);
            }
        }

        private void notBefore(String later, String earlier) {
            LocalDate end = date(later);
            LocalDate begin = date(earlier);
            if (end != null && begin != null && end.isBefore(begin)) {
                fail(later + " " + end + " is before " + earlier + " " + begin);
            }
        }

        private void fail(String problem) {
            if (problems.size() < 100) {
                problems.add(where + ": " + problem);
            }
        }
    }
}
