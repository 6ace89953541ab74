package nl.participatiemonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.participatiemonitor.metrics.ComplaintTerm;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.metrics.Signal;
import nl.participatiemonitor.metrics.Suppression;
import nl.participatiemonitor.report.excel.SupervisorFigures;
import nl.participatiemonitor.report.excel.SupervisorFigures.Arrangement;
import nl.participatiemonitor.report.excel.SupervisorFigures.Handling;
import nl.participatiemonitor.report.excel.SupervisorFigures.MunicipalityLine;
import nl.participatiemonitor.report.pdf.PrintableText;
import nl.participatiemonitor.report.pdf.SupervisorReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the toezichtrapportage shows of a finished run: every municipality's key figures side by side, the
 * size-group medians, and per gemeenschappelijke regeling (GR) its members with their totals and who handled their
 * complaints. A handful of set-based queries, whatever the number of municipalities.
 *
 * <p>A GR total is a sum over its members (DOMAIN.md), so it would give away a member's suppressed figure by
 * subtraction: a total is shown only when every member's figure is shown, else it is {@code .}. The same holds for the
 * columns per organisation, whose cells add up to the GR's complaints received.
 */
@Component
class SupervisorReports {

    /** The key figures of the raad's samenvatting, the caseload first for scale: twelve columns fit A4 landscape. */
    static final List<Indicator> COLUMNS = List.of(Indicator.B1, Indicator.K1, Indicator.K3, Indicator.K7,
            Indicator.K8, Indicator.A0, Indicator.A2, Indicator.A3, Indicator.A9, Indicator.C1, Indicator.C2,
            Indicator.C5);
    /** The municipalities themselves, in K1's breakdown per organisatie and as behandelende organisatie. */
    static final String MUNICIPALITIES_THEMSELVES = CouncilReports.MUNICIPALITY_ITSELF;

    private final RunFigures runFigures;
    private final NormsFile norms;
    private final JdbcTemplate jdbc;

    SupervisorReports(RunFigures runFigures, NormsFile norms, JdbcTemplate jdbc) {
        this.runFigures = runFigures;
        this.norms = norms;
        this.jdbc = jdbc;
    }

    SupervisorFigures figures(long runId, String scope, int revision, LocalDate dataDate) {
        Period period = runFigures.period(runId);
        Map<String, String> statuses = runFigures.statuses(runId);
        Map<String, String> names = runFigures.municipalityNames(runId);
        Map<String, List<Signal>> signals = runFigures.signals(runId).stream()
                .collect(Collectors.groupingBy(Signal::municipality));
        Map<String, Map<Indicator, ShownFigure>> totals = new HashMap<>();
        Map<String, Map<String, ShownFigure>> aboutOrganisation = new HashMap<>();
        for (ShownFigure figure : runFigures.periodFigures(runId)) {
            if (figure.dimension().isEmpty()) {
                totals.computeIfAbsent(figure.municipality(), m -> new EnumMap<>(Indicator.class))
                        .put(figure.indicator(), figure);
            } else if (figure.indicator() == Indicator.K1 && figure.dimension().startsWith("organisatie=")) {
                aboutOrganisation.computeIfAbsent(figure.municipality(), m -> new HashMap<>())
                        .put(value(figure.dimension()), figure);
            }
        }
        Map<String, MunicipalityLine> lines = new LinkedHashMap<>();
        for (String code : statuses.keySet()) {
            Map<Indicator, ShownFigure> own = totals.getOrDefault(code, Map.of());
            Map<Indicator, ShownFigure> shown = new EnumMap<>(Indicator.class);
            COLUMNS.stream().filter(own::containsKey).forEach(i -> shown.put(i, own.get(i)));
            lines.put(code, new MunicipalityLine(code, names.getOrDefault(code, code), statuses.get(code), shown,
                    signals.getOrDefault(code, List.of())));
        }
        List<MunicipalityLine> byName = lines.values().stream()
                .sorted(Comparator.comparing(MunicipalityLine::name).thenComparing(MunicipalityLine::code)).toList();
        List<RunFigures.GroupMedian> medians = runFigures.groupMedians(runId).stream()
                .filter(m -> COLUMNS.contains(m.indicator()))
                .sorted(Comparator.comparingInt((RunFigures.GroupMedian m) -> RunFigures.SIZE_GROUPS.indexOf(m.group()))
                        .thenComparingInt(m -> COLUMNS.indexOf(m.indicator())))
                .toList();
        return new SupervisorFigures(scope, period, revision, dataDate, COLUMNS, byName, medians,
                arrangements(runId, period, lines, aboutOrganisation));
    }

    /**
     * The figures as the PDF prints them: each value as the raad reads it ({@link CouncilReports#forPeople}), names
     * folded to what the report font can print.
     */
    static SupervisorReport report(SupervisorFigures figures, String fingerprint, Norms general) {
        List<SupervisorReport.Column> columns = figures.columns().stream()
                .map(i -> new SupervisorReport.Column(i.code(), i.label(), i.definition())).toList();
        List<SupervisorReport.Line> municipalities = figures.municipalities().stream()
                .map(m -> line(SupervisorReport.Kind.MEMBER, m, figures.columns())).toList();
        List<SupervisorReport.Line> medians = new ArrayList<>();
        for (String group : RunFigures.SIZE_GROUPS) {
            List<RunFigures.GroupMedian> own = figures.medians().stream().filter(m -> m.group().equals(group)).toList();
            if (own.isEmpty()) {
                continue;
            }
            List<String> values = figures.columns().stream().map(i -> own.stream()
                    .filter(m -> m.indicator() == i && m.median() != null).findFirst()
                    .map(m -> median(i, m.median())).orElse("-")).toList();
            medians.add(new SupervisorReport.Line(SupervisorReport.Kind.MEMBER, group, "", "", values, ""));
        }
        List<SupervisorReport.Line> arrangements = new ArrayList<>();
        List<SupervisorReport.HandlingLine> handling = new ArrayList<>();
        for (Arrangement arrangement : figures.arrangements()) {
            String name = PrintableText.fold(arrangement.name());
            // A GR's code is often longer than a municipality's: it goes with its name, not in the code column.
            arrangements.add(new SupervisorReport.Line(SupervisorReport.Kind.HEADING,
                    name + " (" + arrangement.code() + ")", "", "", figures.columns().stream().map(i -> "").toList(),
                    ""));
            arrangement.members().forEach(m -> arrangements.add(line(SupervisorReport.Kind.MEMBER, m,
                    figures.columns())));
            arrangements.add(new SupervisorReport.Line(SupervisorReport.Kind.TOTAL, name, "", "",
                    shown(arrangement.totals(), figures.columns()), ""));
            for (Handling line : arrangement.handling()) {
                handling.add(new SupervisorReport.HandlingLine(name, PrintableText.fold(line.name()), line.kind(),
                        CouncilReports.forPeople(line.about()), CouncilReports.forPeople(line.handledBy()),
                        CouncilReports.forPeople(line.onTime())));
            }
        }
        return new SupervisorReport(figures.scope(), figures.period().label(), figures.status(), figures.revision(),
                figures.dataDate(), fingerprint, general.k(), general.minNoemer(), columns, municipalities, medians,
                arrangements, handling);
    }

    /** A median as the raad's report writes the indicator's value (a share as a percentage, A0 as ja or nee). */
    private static String median(Indicator indicator, BigDecimal median) {
        return CouncilReports.forPeople(new ShownFigure("", "", indicator, "", null, null, median, "", false));
    }

    private static SupervisorReport.Line line(SupervisorReport.Kind kind, MunicipalityLine municipality,
            List<Indicator> columns) {
        return new SupervisorReport.Line(kind, PrintableText.fold(municipality.name()), municipality.code(),
                municipality.status(), shown(municipality.figures(), columns), municipality.signalCodes());
    }

    private static List<String> shown(Map<Indicator, ShownFigure> figures, List<Indicator> columns) {
        return columns.stream().map(i -> figures.containsKey(i) ? CouncilReports.forPeople(figures.get(i)) : "-")
                .toList();
    }

    /** The GRs with members in the run at the peildatum, by name, each with its members by name. */
    private List<Arrangement> arrangements(long runId, Period period, Map<String, MunicipalityLine> lines,
            Map<String, Map<String, ShownFigure>> aboutOrganisation) {
        Map<String, Set<String>> members = new TreeMap<>();
        jdbc.query("""
                SELECT DISTINCT l.gr_code, l.gemeente_code FROM gr_lidmaatschappen l
                JOIN indicatorrun_status s ON s.run_id = ? AND s.gemeente_code = l.gemeente_code
                WHERE l.actueel = 1 AND l.geldig_van <= ? AND (l.geldig_tot IS NULL OR l.geldig_tot > ?)
                ORDER BY l.gr_code, l.gemeente_code""",
                rs -> {
                    members.computeIfAbsent(rs.getString(1), g -> new LinkedHashSet<>()).add(rs.getString(2));
                }, runId, period.peildatum(), period.peildatum());
        if (members.isEmpty()) {
            return List.of();
        }
        Map<String, String[]> organisations = organisations();
        Map<String, Map<String, long[]>> handled = handledPerOrganisation(runId, period);
        Suppression suppression = new Suppression(norms.defaults().k(), norms.defaults().minNoemer());
        List<Arrangement> arrangements = new ArrayList<>();
        members.forEach((gr, codes) -> {
            List<MunicipalityLine> own = codes.stream().map(lines::get).sorted(Comparator
                    .comparing(MunicipalityLine::name).thenComparing(MunicipalityLine::code)).toList();
            Map<Indicator, ShownFigure> totals = new EnumMap<>(Indicator.class);
            for (Indicator indicator : COLUMNS) {
                ShownFigure total = total(gr, period, indicator, own, suppression);
                if (total != null) {
                    totals.put(indicator, total);
                }
            }
            String name = organisations.getOrDefault(gr, new String[] {gr, "GR"})[0];
            arrangements.add(new Arrangement(gr, name, own, totals, handling(gr, period, codes,
                    totals.get(Indicator.K1), organisations, aboutOrganisation, handled.getOrDefault(gr, Map.of()),
                    suppression)));
        });
        arrangements.sort(Comparator.comparing(Arrangement::name).thenComparing(Arrangement::code));
        return arrangements;
    }

    /**
     * A GR's total of an indicator over its members: a sum of counts, or a ratio of the summed tellers and noemers,
     * suppressed with the general norms; {@code .} when a member's figure is suppressed; none for a yes/no fact.
     */
    private static ShownFigure total(String gr, Period period, Indicator indicator, List<MunicipalityLine> members,
            Suppression suppression) {
        if (!indicator.kind().suppressible()) {
            return null;
        }
        List<ShownFigure> figures = members.stream().map(m -> m.figures().get(indicator))
                .filter(Objects::nonNull).toList();
        if (figures.isEmpty()) {
            return null;
        }
        if (figures.stream().anyMatch(ShownFigure::suppressed)) {
            return new ShownFigure(gr, period.label(), indicator, "", null, null, null, ".", true);
        }
        if (indicator.kind() == Indicator.Kind.COUNT) {
            long sum = figures.stream().filter(f -> f.value() != null).mapToLong(f -> f.value().longValue()).sum();
            Suppression.Shown shown = suppression.show(sum);
            return new ShownFigure(gr, period.label(), indicator, "", null, null, BigDecimal.valueOf(sum),
                    shown.text(), shown.suppressed());
        }
        long teller = figures.stream().mapToLong(f -> f.teller() == null ? 0 : f.teller()).sum();
        long noemer = figures.stream().mapToLong(f -> f.noemer() == null ? 0 : f.noemer()).sum();
        return ratio(gr, period, indicator, teller, noemer, suppression);
    }

    private static ShownFigure ratio(String gr, Period period, Indicator indicator, long teller, long noemer,
            Suppression suppression) {
        BigDecimal value = noemer == 0 ? null
                : BigDecimal.valueOf(teller).divide(BigDecimal.valueOf(noemer), 10, RoundingMode.HALF_UP);
        Suppression.Shown shown = suppression.showRatio(noemer, value);
        return new ShownFigure(gr, period.label(), indicator, "", teller, noemer, shown.suppressed() ? null : value,
                shown.suppressed() || value == null ? shown.text() : value.toPlainString(), shown.suppressed());
    }

    /**
     * Per organisation the complaints of the GR's members were about or handled by: the GR itself first, then the
     * municipalities themselves, then the others by name.
     */
    private static List<Handling> handling(String gr, Period period, Set<String> members, ShownFigure received,
            Map<String, String[]> organisations, Map<String, Map<String, ShownFigure>> aboutOrganisation,
            Map<String, long[]> handled, Suppression suppression) {
        Set<String> codes = new LinkedHashSet<>(List.of(gr, MUNICIPALITIES_THEMSELVES));
        List<String> others = new ArrayList<>();
        members.forEach(m -> others.addAll(aboutOrganisation.getOrDefault(m, Map.of()).keySet()));
        others.addAll(handled.keySet());
        others.stream().distinct()
                .sorted(Comparator.comparing((String c) -> organisations.getOrDefault(c, new String[] {c})[0]))
                .forEach(codes::add);
        List<String> order = List.copyOf(codes);
        boolean totalShown = received != null && !received.suppressed();

        List<Long> about = new ArrayList<>();
        List<Boolean> aboutHidden = new ArrayList<>();
        for (String code : order) {
            List<ShownFigure> cells = members.stream().map(m -> aboutOrganisation.getOrDefault(m, Map.of()).get(code))
                    .filter(Objects::nonNull).toList();
            about.add(cells.stream().filter(c -> c.value() != null).mapToLong(c -> c.value().longValue()).sum());
            aboutHidden.add(cells.stream().anyMatch(ShownFigure::suppressed));
        }
        List<Long> handledBy = order.stream().map(c -> handled.getOrDefault(c, new long[3])[0]).toList();
        List<Suppression.Shown> aboutShown = breakdown(about, aboutHidden, totalShown, suppression);
        List<Suppression.Shown> handledShown = breakdown(handledBy,
                handledBy.stream().map(n -> false).toList(), totalShown, suppression);

        List<Handling> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            long[] facts = handled.getOrDefault(code, new long[3]);
            String[] described = code.equals(MUNICIPALITIES_THEMSELVES) ? new String[] {"", MUNICIPALITIES_THEMSELVES}
                    : organisations.getOrDefault(code, new String[] {code, ""});
            rows.add(new Handling(code, described[0], described[1],
                    count(gr, period, about.get(i), aboutShown.get(i)),
                    count(gr, period, handledBy.get(i), handledShown.get(i)),
                    ratio(gr, period, Indicator.K3, facts[1], facts[2], suppression)));
        }
        return rows;
    }

    /**
     * The cells of a column that adds up to the GR's complaints received. A cell already hidden (a member's cell in it
     * is suppressed) goes in as 1, which {@link Suppression#showBreakdown} hides as a small number; so a single hidden
     * cell takes the smallest other one with it. When the total itself is hidden, the cells must not add up to it:
     * one non-zero cell is hidden as well.
     */
    static List<Suppression.Shown> breakdown(List<Long> cells, List<Boolean> hidden, boolean totalShown,
            Suppression suppression) {
        List<Long> marked = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            marked.add(hidden.get(i) ? 1L : cells.get(i));
        }
        List<Suppression.Shown> shown = new ArrayList<>(suppression.showBreakdown(marked, true));
        if (!totalShown && shown.stream().noneMatch(Suppression.Shown::suppressed)) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) > 0 && (smallest < 0 || cells.get(i) < cells.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, new Suppression.Shown(".", true));
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (hidden.get(i) && shown.get(i).suppressed()) {
                // A sum of shown and small cells is not itself small: it is hidden, not less than k.
                shown.set(i, new Suppression.Shown(".", true));
            }
        }
        return shown;
    }

    private static ShownFigure count(String gr, Period period, long count, Suppression.Shown shown) {
        return new ShownFigure(gr, period.label(), Indicator.K1, "", null, null,
                shown.suppressed() ? null : BigDecimal.valueOf(count), shown.text(), shown.suppressed());
    }

    /**
     * Per GR and behandelende organisatie (the municipalities themselves when none): complaints of its members that
     * were received in the period, handled in the period within the Awb 9:11 term, and handled in the period with the
     * term applying. One pass over klachten.
     */
    private Map<String, Map<String, long[]>> handledPerOrganisation(long runId, Period period) {
        Map<String, Map<String, long[]>> handled = new HashMap<>();
        String judged = "k.afgehandeld BETWEEN ? AND ? AND k.uitkomst NOT IN " + ComplaintTerm.NOT_JUDGED;
        jdbc.query("""
                SELECT m.gr_code, COALESCE(k.behandelende_organisatie, '%s'),
                       SUM(k.ontvangen BETWEEN ? AND ?), SUM(%s AND k.afgehandeld <= %s), SUM(%s)
                FROM (SELECT DISTINCT l.gr_code, l.gemeente_code FROM gr_lidmaatschappen l
                      JOIN indicatorrun_status s ON s.run_id = ? AND s.gemeente_code = l.gemeente_code
                      WHERE l.actueel = 1 AND l.geldig_van <= ? AND (l.geldig_tot IS NULL OR l.geldig_tot > ?)) m
                JOIN klachten k ON k.actueel = 1 AND k.gemeente_code = m.gemeente_code
                GROUP BY m.gr_code, COALESCE(k.behandelende_organisatie, '%s')"""
                .formatted(MUNICIPALITIES_THEMSELVES, judged, ComplaintTerm.LAST_DAY, judged,
                        MUNICIPALITIES_THEMSELVES),
                rs -> {
                    long[] facts = {rs.getLong(3), rs.getLong(4), rs.getLong(5)};
                    if (facts[0] + facts[2] > 0) {
                        handled.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).put(rs.getString(2), facts);
                    }
                },
                period.start(), period.peildatum(), period.start(), period.peildatum(), period.start(),
                period.peildatum(), runId, period.peildatum(), period.peildatum());
        return handled;
    }

    /** Name and soort of every organisation by its code, from the current deliveries. */
    private Map<String, String[]> organisations() {
        Map<String, String[]> described = new HashMap<>();
        jdbc.query("""
                SELECT organisatie_code, MIN(naam), MIN(soort) FROM organisaties WHERE actueel = 1
                GROUP BY organisatie_code""",
                rs -> {
                    described.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return described;
    }

    private static String value(String dimension) {
        return dimension.substring(dimension.indexOf('=') + 1);
    }
}
