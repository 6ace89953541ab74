package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.participatiemonitor.ingest.CanonicalEntity;
import nl.participatiemonitor.metrics.ComplaintTerm;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.LinkedCells;
import nl.participatiemonitor.metrics.Suppression;
import nl.participatiemonitor.report.excel.SafeText;
import nl.participatiemonitor.report.pdf.ComplaintOverview;
import nl.participatiemonitor.report.pdf.PrintableText;
import nl.participatiemonitor.system.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Awb 9:12a jaaroverzicht klachten of a year's run: per bestuursorgaan its written complaints received and handled
 * in the calendar year, per onderwerp and per uitkomst, handled within the Awb 9:11 term, and still open at the end of
 * the year; suppressed as for the raad, so publishable as is. One query for every bestuursorgaan of the run.
 *
 * <p>Which bestuursorgaan a complaint belongs to (the lead's rule, DOMAIN.md): the gemeenschappelijke regeling (GR)
 * when its behandelende organisatie is an organisation of soort GR, otherwise its municipality. An executing company
 * is no bestuursorgaan: it handles on the municipality's behalf.
 */
@Component
class ComplaintOverviews {

    /** The header of the CSV: one line per figure, in the long format of the other machine-readable files. */
    static final String[] CSV_HEADER = {"bestuursorgaan", "naam", "soort", "jaar", "onderdeel", "categorie", "waarde",
            "onderdrukt"};
    static final String MUNICIPALITY = "GEMEENTE";
    static final String ARRANGEMENT = "GR";

    private static final List<String> TOPICS = CanonicalEntity.KLACHTEN.codes("onderwerp");
    private static final List<String> OUTCOMES = CanonicalEntity.KLACHTEN.codes("uitkomst");

    private final RunFigures runFigures;
    private final NormsFile norms;
    private final JdbcTemplate jdbc;

    ComplaintOverviews(RunFigures runFigures, NormsFile norms, JdbcTemplate jdbc) {
        this.runFigures = runFigures;
        this.norms = norms;
        this.jdbc = jdbc;
    }

    /**
     * A bestuursorgaan: a municipality of the run, or a GR with (complaints of) members in the run. Its municipalities
     * are those whose deliveries its figures rest on, with their names for a GR's report.
     */
    record Body(String code, String name, String kind, List<String> municipalities, List<String> memberNames) {
    }

    /**
     * One year of one bestuursorgaan as it may be published. The on-time share carries its teller and noemer as
     * shown (empty when the share is a marker).
     */
    record Year(Body body, int year, String status, Norms norms, Suppression.Shown received,
            Suppression.Shown handled, Map<String, Suppression.Shown> topics, Map<String, Suppression.Shown> outcomes,
            Suppression.Shown onTime, String onTimeTeller, String onTimeNoemer, Suppression.Shown openAtYearEnd) {
    }

    /** Every bestuursorgaan of the run, municipalities by code first, then the GRs by code. */
    List<Year> years(long runId) {
        Period period = runFigures.period(runId);
        Map<String, String> statuses = runFigures.statuses(runId);
        Map<String, Body> bodies = bodies(runId, period, runFigures.municipalityNames(runId));
        Map<String, Map<String, Long>> counts = counts(runId, period);
        List<Year> years = new ArrayList<>();
        for (Body body : bodies.values()) {
            Norms own = body.kind().equals(MUNICIPALITY) ? norms.forMunicipality(body.code()) : norms.defaults();
            String status = body.municipalities().stream().allMatch(m -> "DEFINITIEF".equals(statuses.get(m)))
                    ? "DEFINITIEF" : "VOORLOPIG";
            years.add(year(body, period.start().getYear(), status, own,
                    counts.getOrDefault(body.code(), Map.of())));
        }
        return years;
    }

    private static Year year(Body body, int year, String status, Norms norms, Map<String, Long> counts) {
        Suppression suppression = new Suppression(norms.k(), norms.minNoemer());
        Suppression.Shown received = suppression.show(counts.getOrDefault("ontvangen|", 0L));
        Suppression.Shown handled = suppression.show(counts.getOrDefault("afgehandeld|", 0L));
        long teller = counts.getOrDefault("op_tijd|binnen_termijn", 0L);
        long noemer = counts.getOrDefault("op_tijd|termijn_van_toepassing", 0L);
        Suppression.Shown onTime = suppression.showRatio(noemer, noemer == 0 ? null
                : BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), 6, RoundingMode.HALF_UP));
        Map<String, Suppression.Shown> topics = breakdown(suppression, counts, "onderwerp", TOPICS,
                !received.suppressed());
        Map<String, Suppression.Shown> outcomes = breakdown(suppression, counts, "uitkomst", OUTCOMES,
                !handled.suppressed());
        // Secondary suppression across the overview's linked figures: afgehandeld minus termijn_van_toepassing
        // is the informal, withdrawn, forwarded and not handled outcomes together, and so on.
        List<Map<String, Long>> cells = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        cells.add(Map.of("ontvangen", counts.getOrDefault("ontvangen|", 0L)));
        hidden.add(received.suppressed());
        cells.add(Map.of("afgehandeld", counts.getOrDefault("afgehandeld|", 0L)));
        hidden.add(handled.suppressed());
        cells.add(Map.of("op_tijd|T", teller, "op_tijd|N", noemer));
        hidden.add(onTime.suppressed());
        topics.forEach((code, shown) -> {
            cells.add(Map.of("onderwerp|" + code, counts.getOrDefault("onderwerp|" + code, 0L)));
            hidden.add(shown.suppressed());
        });
        outcomes.forEach((code, shown) -> {
            cells.add(Map.of("uitkomst|" + code, counts.getOrDefault("uitkomst|" + code, 0L)));
            hidden.add(shown.suppressed());
        });
        Map<String, List<String>> identities = new LinkedHashMap<>();
        identities.put("ontvangen", topics.keySet().stream().map(c -> "onderwerp|" + c).toList());
        identities.put("afgehandeld", outcomes.keySet().stream().map(c -> "uitkomst|" + c).toList());
        identities.put("op_tijd|N", outcomes.keySet().stream().filter(c -> !NOT_ASSESSED.contains(c))
                .map(c -> "uitkomst|" + c).toList());
        Set<Integer> also = LinkedCells.alsoHidden(cells, hidden, identities, norms.k());
        Suppression.Shown secret = new Suppression.Shown(".", true);
        if (also.contains(0)) {
            received = secret;
        }
        if (also.contains(1)) {
            handled = secret;
        }
        if (also.contains(2)) {
            onTime = secret;
        }
        int index = 3;
        for (String code : List.copyOf(topics.keySet())) {
            if (also.contains(index++)) {
                topics.put(code, secret);
            }
        }
        for (String code : List.copyOf(outcomes.keySet())) {
            if (also.contains(index++)) {
                outcomes.put(code, secret);
            }
        }
        boolean shareShown = !onTime.suppressed() && noemer > 0;
        return new Year(body, year, status, norms, received, handled, topics, outcomes,
                onTime, shareShown ? Long.toString(teller) : "", shareShown ? Long.toString(noemer) : "",
                suppression.show(counts.getOrDefault("open_einde_jaar|", 0L)));
    }

    /** Outcomes that leave a complaint out of the term check (METRICS.md K3; the Awb term is not assessed). */
    private static final Set<String> NOT_ASSESSED = Set.of("INFORMEEL_OPGELOST", "INGETROKKEN", "DOORGEZONDEN",
            "NIET_IN_BEHANDELING");

    /** The cells of a breakdown in the order of IMPORT.md (other codes after, by code), suppressed together. */
    private static Map<String, Suppression.Shown> breakdown(Suppression suppression, Map<String, Long> counts,
            String part, List<String> order, boolean totalShown) {
        Set<String> codes = new TreeSet<>(Comparator.comparingInt((String c) -> order.contains(c)
                ? order.indexOf(c) : order.size()).thenComparing(c -> c));
        codes.addAll(order);
        counts.keySet().stream().filter(k -> k.startsWith(part + "|")).map(k -> k.substring(part.length() + 1))
                .forEach(codes::add);
        List<String> cells = List.copyOf(codes);
        List<Suppression.Shown> shown = suppression.showBreakdown(
                cells.stream().map(c -> counts.getOrDefault(part + "|" + c, 0L)).toList(), totalShown);
        Map<String, Suppression.Shown> breakdown = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            breakdown.put(cells.get(i), shown.get(i));
        }
        return breakdown;
    }

    /**
     * The bestuursorganen: every municipality of the run, and every GR that had members in the run at the end of the
     * year or handled written complaints of the run's municipalities that year. A GR's municipalities are both.
     */
    private Map<String, Body> bodies(long runId, Period period, Map<String, String> municipalities) {
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.query("""
                SELECT o.organisatie_code, MIN(o.naam), x.gemeente_code FROM organisaties o
                JOIN (SELECT l.gr_code AS orgaan, l.gemeente_code FROM gr_lidmaatschappen l
                      WHERE l.actueel = 1 AND l.geldig_van <= ? AND (l.geldig_tot IS NULL OR l.geldig_tot > ?)
                      UNION SELECT k.behandelende_organisatie, k.gemeente_code FROM klachten k
                      WHERE k.actueel = 1 AND k.schriftelijk
                            AND (k.ontvangen BETWEEN ? AND ? OR k.afgehandeld BETWEEN ? AND ?
                                 OR k.ontvangen <= ? AND (k.afgehandeld IS NULL OR k.afgehandeld > ?))) x
                     ON x.orgaan = o.organisatie_code
                JOIN indicatorrun_status s ON s.run_id = ? AND s.gemeente_code = x.gemeente_code
                WHERE o.actueel = 1 AND o.soort = 'GR'
                GROUP BY o.organisatie_code, x.gemeente_code""",
                rs -> {
                    members.computeIfAbsent(rs.getString(1), g -> new TreeSet<>()).add(rs.getString(3));
                    names.put(rs.getString(1), rs.getString(2));
                },
                period.peildatum(), period.peildatum(), period.start(), period.peildatum(), period.start(),
                period.peildatum(), period.peildatum(), period.peildatum(), runId);
        Map<String, Body> bodies = new LinkedHashMap<>();
        municipalities.forEach((code, name) -> bodies.put(code, new Body(code, name, MUNICIPALITY,
                List.of(code), List.of())));
        members.forEach((gr, codes) -> bodies.put(gr, new Body(gr, names.get(gr), ARRANGEMENT,
                List.copyOf(codes), codes.stream().map(municipalities::get).sorted().toList())));
        return bodies;
    }

    /**
     * Per bestuursorgaan, the counts of the year keyed {@code onderdeel|categorie}, over the written complaints of the
     * run's municipalities: one query, each part a branch of a UNION over the complaints with their bestuursorgaan.
     */
    private Map<String, Map<String, Long>> counts(long runId, Period period) {
        String judged = "k.afgehandeld BETWEEN :start AND :end AND k.uitkomst NOT IN " + ComplaintTerm.NOT_JUDGED;
        String sql = """
                WITH k AS (
                    SELECT k.*, IF(gr.organisatie_code IS NULL, k.gemeente_code, k.behandelende_organisatie) AS orgaan
                    FROM klachten k
                    JOIN indicatorrun_status s ON s.run_id = :run AND s.gemeente_code = k.gemeente_code
                    LEFT JOIN (SELECT DISTINCT organisatie_code FROM organisaties WHERE actueel = 1 AND soort = 'GR') gr
                         ON gr.organisatie_code = k.behandelende_organisatie
                    WHERE k.actueel = 1 AND k.schriftelijk)
                SELECT orgaan, 'ontvangen', '', SUM(k.ontvangen BETWEEN :start AND :end) FROM k GROUP BY orgaan
                UNION ALL SELECT orgaan, 'afgehandeld', '', SUM(k.afgehandeld BETWEEN :start AND :end) FROM k
                    GROUP BY orgaan
                UNION ALL SELECT orgaan, 'onderwerp', k.onderwerp, COUNT(*) FROM k
                    WHERE k.ontvangen BETWEEN :start AND :end GROUP BY orgaan, k.onderwerp
                UNION ALL SELECT orgaan, 'uitkomst', COALESCE(k.uitkomst, 'ONBEKEND'), COUNT(*) FROM k
                    WHERE k.afgehandeld BETWEEN :start AND :end GROUP BY orgaan, COALESCE(k.uitkomst, 'ONBEKEND')
                UNION ALL SELECT orgaan, 'op_tijd', 'binnen_termijn', SUM(%s AND k.afgehandeld <= %s) FROM k
                    GROUP BY orgaan
                UNION ALL SELECT orgaan, 'op_tijd', 'termijn_van_toepassing', SUM(%s) FROM k GROUP BY orgaan
                UNION ALL SELECT orgaan, 'open_einde_jaar', '',
                    SUM(k.ontvangen <= :end AND (k.afgehandeld IS NULL OR k.afgehandeld > :end)) FROM k
                    GROUP BY orgaan"""
                .formatted(judged, ComplaintTerm.LAST_DAY, judged);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc).query(sql,
                Map.of("run", runId, "start", period.start(), "end", period.peildatum()),
                rs -> {
                    long count = rs.getLong(4);
                    if (count > 0) {
                        counts.computeIfAbsent(rs.getString(1), o -> new HashMap<>())
                                .put(rs.getString(2) + "|" + rs.getString(3), count);
                    }
                });
        return counts;
    }

    /** The CSV of one year: UTF-8, {@code ;}, one line per figure, a marker where the figure is suppressed. */
    static void writeCsv(Year year, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator('\n')
                        .setHeader(CSV_HEADER).get().print(out)) {
            Body body = year.body();
            String yearText = Integer.toString(year.year());
            // The code and name come from the deliveries: a spreadsheet opening the CSV must not take them for a formula.
            Line line = (part, category, shown) -> csv.printRecord(FormulaGuard.csv(body.code(), body.name(), body.kind(),
                    yearText, part, category, shown.text(), shown.suppressed() ? "J" : "N"));
            line.print("ontvangen", "totaal", year.received());
            line.print("afgehandeld", "totaal", year.handled());
            for (Map.Entry<String, Suppression.Shown> cell : year.topics().entrySet()) {
                line.print("onderwerp", cell.getKey(), cell.getValue());
            }
            for (Map.Entry<String, Suppression.Shown> cell : year.outcomes().entrySet()) {
                line.print("uitkomst", cell.getKey(), cell.getValue());
            }
            Suppression.Shown onTime = year.onTime();
            line.print("op_tijd", "binnen_termijn", year.onTimeTeller().isEmpty() ? onTime
                    : new Suppression.Shown(year.onTimeTeller(), false));
            line.print("op_tijd", "termijn_van_toepassing", year.onTimeNoemer().isEmpty() ? onTime
                    : new Suppression.Shown(year.onTimeNoemer(), false));
            line.print("op_tijd", "aandeel", onTime);
            line.print("open_einde_jaar", "totaal", year.openAtYearEnd());
        }
    }

    @FunctionalInterface
    private interface Line {
        void print(String part, String category, Suppression.Shown shown) throws IOException;
    }

    /** The year as its PDF prints it: names folded to what the report font can print. */
    static ComplaintOverview overview(Year year, int revision, LocalDate dataDate, String fingerprint) {
        Body body = year.body();
        return new ComplaintOverview(body.code(), PrintableText.fold(body.name()), body.kind(),
                PrintableText.fold(inWords(body.memberNames())), year.year(),
                year.status(), revision, dataDate, fingerprint, year.norms().k(), year.norms().minNoemer(),
                year.received().text(), year.handled().text(), percentage(year.onTime()), year.onTimeTeller(),
                year.onTimeNoemer(), year.openAtYearEnd().text(), cells(year.topics()), cells(year.outcomes()));
    }

    /** Names as a sentence lists them: {@code A}, {@code A en B}, {@code A, B en C}. */
    private static String inWords(List<String> names) {
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
    }

    private static String percentage(Suppression.Shown share) {
        if (share.suppressed() || share.text().equals("-")) {
            return share.text();
        }
        return String.format(Locale.forLanguageTag("nl-NL"), "%.0f%%",
                new BigDecimal(share.text()).multiply(BigDecimal.valueOf(100)));
    }

    private static List<ComplaintOverview.Cell> cells(Map<String, Suppression.Shown> breakdown) {
        return breakdown.entrySet().stream().map(e -> new ComplaintOverview.Cell(e.getKey(), e.getValue().text()))
                .toList();
    }
}
