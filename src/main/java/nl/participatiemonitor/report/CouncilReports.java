package nl.participatiemonitor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.participatiemonitor.ingest.CanonicalEntity;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.report.pdf.Accountability;
import nl.participatiemonitor.report.pdf.AdviceRow;
import nl.participatiemonitor.report.pdf.AdviceSection;
import nl.participatiemonitor.report.pdf.BodyRow;
import nl.participatiemonitor.report.pdf.ChartPoint;
import nl.participatiemonitor.report.pdf.ComplaintSection;
import nl.participatiemonitor.report.pdf.ContactSection;
import nl.participatiemonitor.report.pdf.CouncilReport;
import nl.participatiemonitor.report.pdf.DeliveryRow;
import nl.participatiemonitor.report.pdf.KeyFigure;
import nl.participatiemonitor.report.pdf.PrintableText;
import nl.participatiemonitor.report.pdf.SignalLine;
import nl.participatiemonitor.report.pdf.Trend;
import nl.participatiemonitor.report.pdf.TrendRow;
import nl.participatiemonitor.system.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the raadsrapportage of one municipality from a finished run: figures as the raad may see them. A suppressed
 * figure keeps its marker ({@code <5}, {@code .}) and is never drawn in a chart.
 */
@Component
class CouncilReports {

    /** The key figures of the samenvatting, in the order a raadslid reads them (complaints, advice, contact). */
    static final List<Indicator> KEY_FIGURES = List.of(Indicator.K1, Indicator.K3, Indicator.K7, Indicator.K8,
            Indicator.A0, Indicator.A2, Indicator.A3, Indicator.A9, Indicator.B1, Indicator.C1, Indicator.C2,
            Indicator.C5);
    /** Section Klachten: every complaint figure with a total; K10 (handled, per uitkomst) has a table of its own. */
    static final List<Indicator> COMPLAINT_FIGURES = List.of(Indicator.K1, Indicator.K2, Indicator.K3, Indicator.K4,
            Indicator.K5, Indicator.K6, Indicator.K7, Indicator.K8, Indicator.K9);
    /**
     * Section Cliëntenraad en adviezen: the figures with a total. A6, A7 and A8 are per body and shown in the table
     * of the bodies.
     */
    static final List<Indicator> ADVICE_FIGURES = List.of(Indicator.A0, Indicator.A1, Indicator.A2, Indicator.A3,
            Indicator.A4, Indicator.A5, Indicator.A9);
    /** Section Contact: the caseload for scale, then the contact figures; C7 (per kanaal) has a chart of its own. */
    static final List<Indicator> CONTACT_FIGURES = List.of(Indicator.B1, Indicator.B2, Indicator.C1, Indicator.C2,
            Indicator.C3, Indicator.C4, Indicator.C5, Indicator.C6);
    /** The municipality itself in the breakdown per gedragende organisatie. */
    static final String MUNICIPALITY_ITSELF = "GEMEENTE";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final RunFigures figures;
    private final NormsFile norms;
    private final JdbcTemplate jdbc;

    CouncilReports(RunFigures figures, NormsFile norms, JdbcTemplate jdbc) {
        this.figures = figures;
        this.norms = norms;
        this.jdbc = jdbc;
    }

    /**
     * The report with {@link #shownFingerprint} as the fingerprint of its data, until the publisher passes the
     * manifest's inputs fingerprint. Not the run id: a run that changes nothing for this municipality must give
     * the same bytes, so its archived report keeps its revision.
     */
    CouncilReport build(long runId, String municipality, int revision, LocalDate dataDate) {
        return build(runId, municipality, revision, dataDate, null);
    }

    /** The report; {@code fingerprint} identifies its inputs (the manifest's), or null for {@link #shownFingerprint}. */
    CouncilReport build(long runId, String municipality, int revision, LocalDate dataDate, String fingerprint) {
        return build(runId, municipality, revision, dataDate, fingerprint, Set.of());
    }

    /**
     * The report as published: {@code fingerprint} is the manifest's inputs fingerprint, {@code deliveries} the ids of
     * the deliveries its figures rest on (listed in the Verantwoording).
     */
    CouncilReport build(long runId, String municipality, int revision, LocalDate dataDate, String fingerprint,
            Set<String> deliveries) {
        Period period = figures.period(runId);
        List<ShownFigure> shown = figures.figures(runId, municipality);
        Figures all = new Figures(shown, period);
        Map<String, BigDecimal> medians = figures.groupMedians(runId, period.label(), municipality);
        Function<Indicator, KeyFigure> keyFigure = indicator -> keyFigure(all, medians, indicator);
        // The sections compare with the previous period only: a median of other municipalities there would change
        // this municipality's report (and its revision) whenever their data change.
        Function<Indicator, KeyFigure> sectionFigure = indicator -> keyFigure(all, Map.of(), indicator);
        List<SignalLine> signals = figures.signals(runId, municipality).stream()
                .map(s -> new SignalLine(s.code(), s.text(), s.norm(), s.normSource())).toList();
        Norms norm = norms.forMunicipality(municipality);
        String status = figures.status(runId, municipality);
        AdviceSection bodiesAndFigures = advice(all, period, sectionFigure);
        return new CouncilReport(municipality, figures.municipalityName(municipality), period.label(),
                status, revision, dataDate,
                KEY_FIGURES.stream().map(keyFigure).toList(), signals,
                complaints(all, sectionFigure),
                new AdviceSection(bodiesAndFigures.bodies(), bodiesAndFigures.figures(),
                        adviceOfPeriod(runId, municipality)),
                contact(all, sectionFigure),
                new Accountability(fingerprint != null ? fingerprint : shownFingerprint(shown, signals, status),
                        norm.k(), norm.minNoemer(), norm.definitiefNaDagen(), norm.evaluatieIntervalJaren(),
                        deliveries(deliveries)));
    }

    /**
     * The advice for the municipality (its body covered it on the day of issue) that was issued, due or answered in
     * the period, or was still unanswered past its due date at the peildatum. Answers after the peildatum are not
     * known to the report.
     */
    private List<AdviceRow> adviceOfPeriod(long runId, String municipality) {
        return jdbc.query("""
                SELECT titel, soort, uitgebracht_op, uiterste_datum,
                       IF(reactie_datum <= peildatum, reactie_datum, NULL),
                       IF(reactie_datum <= peildatum, uitkomst, NULL), IF(reactie_datum <= peildatum, gemotiveerd, NULL)
                FROM (SELECT a.advies_id, COALESCE(MAX(a.titel), a.advies_id) AS titel, MAX(a.soort) AS soort,
                             MAX(a.uitgebracht_op) AS uitgebracht_op,
                             MAX(DATE_ADD(a.uitgebracht_op, INTERVAL COALESCE(a.reactietermijn_dagen,
                                 g.reactietermijn_dagen) DAY)) AS uiterste_datum,
                             MIN(r.reactie_datum) AS reactie_datum, MAX(r.uitkomst) AS uitkomst,
                             MAX(r.gemotiveerd) AS gemotiveerd, g.begin_periode, g.peildatum
                      FROM indicatorrun_gemeenten g
                      JOIN adviesorgaan_dekking d ON d.actueel = 1 AND d.gemeente_code = g.gemeente_code
                      JOIN adviezen a ON a.actueel = 1 AND a.orgaan_id = d.orgaan_id AND d.geldig_van <= a.uitgebracht_op
                           AND (d.geldig_tot IS NULL OR d.geldig_tot > a.uitgebracht_op)
                      LEFT JOIN advies_reacties r ON r.actueel = 1 AND r.advies_id = a.advies_id
                           AND r.gemeente_code = g.gemeente_code
                      WHERE g.run_id = ? AND g.gemeente_code = ? AND g.volgnummer = 0
                      GROUP BY a.advies_id, g.begin_periode, g.peildatum) x
                WHERE uitgebracht_op BETWEEN begin_periode AND peildatum
                   OR uiterste_datum BETWEEN begin_periode AND peildatum
                   OR reactie_datum BETWEEN begin_periode AND peildatum
                   OR (uiterste_datum < peildatum AND uitgebracht_op <= peildatum
                       AND (reactie_datum IS NULL OR reactie_datum > peildatum))
                ORDER BY uitgebracht_op, advies_id""",
                (rs, i) -> new AdviceRow(PrintableText.fold(rs.getString(1)), "GEVRAAGD".equals(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7) == null ? null : rs.getBoolean(7)),
                runId, municipality);
    }

    /** The deliveries with the given ids, oldest first. */
    private List<DeliveryRow> deliveries(Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT bron, COALESCE(periode, ''), DATE(aangemaakt), COALESCE(regels_gelezen, 0), "
                + "COALESCE(regels_geimporteerd, 0), COALESCE(regels_afgewezen, 0), status FROM leveringen WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ") ORDER BY aangemaakt, bron, id",
                (rs, i) -> new DeliveryRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getString(7)),
                ids.stream().sorted().toArray());
    }

    /**
     * SHA-256 (hex) of what the report rests on as the raad may see it: every figure of every period as shown,
     * the signals and the status. It changes when a shown figure changes, and not with the run that computed it.
     * Exact values of suppressed figures are left out on purpose: a hash over them could be reversed by trying the
     * few possible small counts.
     */
    static String shownFingerprint(List<ShownFigure> shown, List<SignalLine> signals, String status) {
        StringBuilder canonical = new StringBuilder(status).append('\n');
        for (ShownFigure figure : shown) {
            canonical.append(String.join(";", figure.municipality(), figure.period(), figure.indicator().code(),
                    figure.dimension(), figure.shown())).append('\n');
        }
        for (SignalLine signal : signals) {
            canonical.append(String.join(";", signal.code(), signal.text(), signal.norm(), signal.normSource()))
                    .append('\n');
        }
        return Sha256.of(canonical.toString());
    }

    private static KeyFigure keyFigure(Figures all, Map<String, BigDecimal> medians, Indicator indicator) {
        return new KeyFigure(indicator.code(), indicator.label(),
                all.total(all.period, indicator).map(CouncilReports::forPeople).orElse("-"),
                all.total(all.period.previous(), indicator).map(CouncilReports::forPeople).orElse("-"),
                Optional.ofNullable(medians.get(indicator.code())).map(m -> format(indicator, m)).orElse("-"),
                indicator.definition());
    }

    private ComplaintSection complaints(Figures all, Function<Indicator, KeyFigure> keyFigure) {
        Map<String, String> names = organisationNames();
        List<ChartPoint> organisations = all.breakdown(Indicator.K1, "organisatie").stream()
                .map(f -> point(f, names.getOrDefault(value(f.dimension()), "")))
                // The municipality itself first, then by name, as the reader looks for them.
                .sorted(Comparator.comparing((ChartPoint p) -> !p.code().endsWith("=" + MUNICIPALITY_ITSELF))
                        .thenComparing(p -> p.name().isEmpty() ? p.code() : p.name()))
                .toList();
        return new ComplaintSection(COMPLAINT_FIGURES.stream().map(keyFigure).toList(),
                all.total(all.period, Indicator.K10).map(CouncilReports::forPeople).orElse("-"),
                canonical(all.breakdown(Indicator.K10, "uitkomst"), CanonicalEntity.KLACHTEN.codes("uitkomst")),
                canonical(all.breakdown(Indicator.K1, "onderwerp"), CanonicalEntity.KLACHTEN.codes("onderwerp")),
                organisations, all.trend(Indicator.K1, Indicator.K3));
    }

    private AdviceSection advice(Figures all, Period period, Function<Indicator, KeyFigure> keyFigure) {
        Map<String, BodyFacts> bodies = new LinkedHashMap<>();
        for (ShownFigure figure : all.ofPeriod(period)) {
            if (!figure.dimension().startsWith("orgaan=")) {
                continue;
            }
            String id = value(figure.dimension().split(",")[0]);
            BodyFacts facts = bodies.computeIfAbsent(id, BodyFacts::new);
            switch (figure.indicator()) {
                case A6 -> facts.facilities = figure.value() == null ? 0 : figure.value().intValue();
                case A7 -> facts.evaluationOverdue = figure.value() != null && figure.value().signum() > 0;
                case A8 -> {
                    long teller = figure.teller() == null ? 0 : figure.teller();
                    long noemer = figure.noemer() == null ? 0 : figure.noemer();
                    if (figure.dimension().endsWith(",maat=bezetting")) {
                        facts.seatsFilled = teller;
                        facts.seats = noemer;
                    } else if (figure.dimension().endsWith(",maat=pw_client")) {
                        facts.clientMembers = figure.suppressed() ? figure.shown() : Long.toString(teller);
                    }
                }
                default -> {
                }
            }
        }
        Map<String, String[]> described = bodyNames(bodies.keySet(), period.peildatum());
        List<BodyRow> rows = bodies.values().stream().map(f -> {
            String[] nameAndKind = described.getOrDefault(f.id, new String[] {f.id, ""});
            return new BodyRow(f.id, nameAndKind[0], nameAndKind[1], f.facilities, f.evaluationOverdue, f.seatsFilled,
                    f.seats, f.clientMembers);
        }).sorted(Comparator.comparing(BodyRow::name).thenComparing(BodyRow::id)).toList();
        return new AdviceSection(rows, ADVICE_FIGURES.stream().map(keyFigure).toList());
    }

    private static ContactSection contact(Figures all, Function<Indicator, KeyFigure> keyFigure) {
        return new ContactSection(CONTACT_FIGURES.stream().map(keyFigure).toList(),
                canonical(all.breakdown(Indicator.C7, "kanaal"), CanonicalEntity.CONTACTEN.codes("kanaal")),
                all.trend(Indicator.C1, Indicator.C2));
    }

    /** The cells of a breakdown in the order of the code list of IMPORT.md; codes outside it after, by code. */
    private static List<ChartPoint> canonical(List<ShownFigure> cells, List<String> order) {
        return cells.stream()
                .sorted(Comparator.comparingInt((ShownFigure f) -> {
                    int index = order.indexOf(value(f.dimension()));
                    return index < 0 ? order.size() : index;
                }).thenComparing(ShownFigure::dimension))
                .map(f -> point(f, ""))
                .toList();
    }

    private static ChartPoint point(ShownFigure figure, String name) {
        return new ChartPoint(figure.dimension(), PrintableText.fold(name), forPeople(figure), plotted(figure));
    }

    /** What a chart may draw: nothing for a suppressed figure or one without value; a share as a percentage. */
    static Double plotted(ShownFigure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return null;
        }
        BigDecimal value = figure.indicator().isShare() && figure.dimension().isEmpty()
                ? figure.value().multiply(BigDecimal.valueOf(100)) : figure.value();
        return value.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The value of a dimension: {@code BEJEGENING} of {@code onderwerp=BEJEGENING}. */
    private static String value(String dimension) {
        return dimension.substring(dimension.indexOf('=') + 1);
    }

    /** What a raadslid reads: a marker as it is, a share as a percentage, other numbers with a decimal comma. */
    static String forPeople(ShownFigure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return figure.shown();
        }
        if (!figure.dimension().isEmpty()) {
            // A cell of a breakdown is a count, also under a ratio (A4 per uitkomst).
            return String.format(DUTCH, "%,d", figure.value().setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return format(figure.indicator(), figure.value());
    }

    private static String format(Indicator indicator, BigDecimal value) {
        if (indicator == Indicator.A0) {
            return value.signum() > 0 ? "ja" : "nee";
        }
        if (indicator.isShare()) {
            return String.format(DUTCH, "%.0f%%", value.multiply(BigDecimal.valueOf(100)));
        }
        BigDecimal rounded = value.setScale(value.stripTrailingZeros().scale() > 0 ? 1 : 0, RoundingMode.HALF_UP);
        return String.format(DUTCH, rounded.scale() > 0 ? "%,.1f" : "%,.0f", rounded);
    }

    /**
     * The names of the organisations complaints are about, by organisatie_code. RunFigures gives codes only; the
     * name is read from the current deliveries, and folded to what the report font can print.
     */
    private Map<String, String> organisationNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT organisatie_code, MIN(naam) FROM organisaties WHERE actueel = 1 GROUP BY organisatie_code",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Name and soort of each advisory body, from its latest facts on or before the peildatum. */
    private Map<String, String[]> bodyNames(Set<String> ids, LocalDate peildatum) {
        Map<String, String[]> described = new HashMap<>();
        if (ids.isEmpty()) {
            return described;
        }
        jdbc.query("SELECT orgaan_id, naam, soort FROM adviesorganen WHERE actueel = 1 AND orgaan_id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ") AND peildatum <= ? "
                + "ORDER BY orgaan_id, peildatum DESC, id DESC",
                rs -> {
                    described.putIfAbsent(rs.getString(1),
                            new String[] {PrintableText.fold(rs.getString(2)), rs.getString(3)});
                }, appended(ids, peildatum));
        return described;
    }

    private static Object[] appended(Set<String> ids, LocalDate last) {
        List<Object> arguments = new ArrayList<>(ids);
        arguments.add(last);
        return arguments.toArray();
    }

    /** The facts of one advisory body, collected from A6, A7 and A8. */
    private static final class BodyFacts {
        final String id;
        int facilities;
        boolean evaluationOverdue;
        long seatsFilled;
        long seats;
        String clientMembers = "0";

        BodyFacts(String id) {
            this.id = id;
        }
    }

    /** The figures of one municipality in a run: the run's period and the periods before it. */
    private record Figures(List<ShownFigure> all, Period period) {

        List<ShownFigure> ofPeriod(Period of) {
            return all.stream().filter(f -> f.period().equals(of.label())).toList();
        }

        Optional<ShownFigure> total(Period of, Indicator indicator) {
            return all.stream().filter(f -> f.period().equals(of.label()) && f.indicator() == indicator
                    && f.dimension().isEmpty()).findFirst();
        }

        List<ShownFigure> breakdown(Indicator indicator, String name) {
            return all.stream().filter(f -> f.period().equals(period.label()) && f.indicator() == indicator
                    && f.dimension().startsWith(name + "=")).toList();
        }

        /** Two figures over the periods of the run, oldest first, up to the run's period. */
        Trend trend(Indicator first, Indicator second) {
            List<Period> periods = all.stream().map(ShownFigure::period).distinct().map(Period::parse)
                    .filter(p -> p.kind() == period.kind() && p.compareTo(period) <= 0).sorted().toList();
            List<TrendRow> rows = periods.stream().map(p -> {
                Optional<ShownFigure> a = total(p, first);
                Optional<ShownFigure> b = total(p, second);
                return new TrendRow(p.label(), a.map(CouncilReports::forPeople).orElse("-"),
                        a.map(CouncilReports::plotted).orElse(null), b.map(CouncilReports::forPeople).orElse("-"),
                        b.map(CouncilReports::plotted).orElse(null));
            }).toList();
            return new Trend(first.label(), second.label(), rows);
        }
    }
}
