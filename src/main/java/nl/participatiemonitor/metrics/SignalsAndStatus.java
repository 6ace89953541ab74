package nl.participatiemonitor.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signals a raadslid should raise with the college (METRICS.md "Signals", R-2), each naming the
 * figure, the norm and where the norm comes from; and the status of each municipality's figures:
 * VOORLOPIG until every expected source delivered and the settling time after the period passed.
 */
@Component
class SignalsAndStatus {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final JdbcTemplate jdbc;
    private final NormsFile norms;
    private final ExpectedSources expectedSources;

    SignalsAndStatus(JdbcTemplate jdbc, NormsFile norms, ExpectedSources expectedSources) {
        this.jdbc = jdbc;
        this.norms = norms;
        this.expectedSources = expectedSources;
    }

    private record Value(String indicator, String dimension, BigDecimal value, Long teller, Long noemer) {
    }

    private record SignalRow(String municipality, String signal, String indicator, String dimension, String value,
            String norm, String normSource, String text) {
    }

    void compute(long runId, Period period, LocalDate today) {
        jdbc.update("DELETE FROM signalen WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM indicatorrun_status WHERE run_id = ?", runId);
        Map<String, List<Value>> values = new HashMap<>();
        jdbc.query("SELECT gemeente_code, indicator, dimensie, waarde, teller, noemer FROM indicatorwaarden "
                        + "WHERE run_id = ? AND periode = ?",
                rs -> {
                    values.computeIfAbsent(rs.getString(1), m -> new ArrayList<>()).add(new Value(rs.getString(2),
                            rs.getString(3), rs.getBigDecimal(4), (Long) rs.getObject(5, Long.class),
                            (Long) rs.getObject(6, Long.class)));
                }, runId, period.label());
        Map<String, Map<String, String>> dataProblems = dataProblems(period);
        Map<String, String> bodyNames = new HashMap<>();
        jdbc.query("SELECT orgaan_id, naam FROM adviesorganen WHERE actueel = 1 ORDER BY peildatum",
                rs -> {
                    bodyNames.put(rs.getString(1), rs.getString(2));
                });
        List<SignalRow> signals = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        List<String> municipalities = jdbc.queryForList(
                "SELECT gemeente_code FROM indicatorrun_gemeenten WHERE run_id = ? AND periode = ? ORDER BY 1",
                String.class, runId, period.label());
        for (String municipality : municipalities) {
            Norms n = norms.forMunicipality(municipality);
            List<Value> own = values.getOrDefault(municipality, List.of());
            Map<String, String> problems = dataProblems.getOrDefault(municipality, Map.of());
            signals.addAll(signals(municipality, own, n, problems, bodyNames, hiddenTotals(municipality, period, own)));
            LocalDate settled = period.end().plusDays(n.definitiefNaDagen());
            boolean definitive = problems.isEmpty() && !today.isBefore(settled);
            String reason = !problems.isEmpty() ? String.join(" ", problems.values())
                    : definitive ? null : "Cijfers kunnen nog wijzigen tot " + settled + " (" + n.definitiefNaDagen()
                            + " dagen na het einde van de periode).";
            statuses.add(new Object[] {runId, period.label(), municipality, definitive ? "DEFINITIEF" : "VOORLOPIG", reason});
        }
        jdbc.batchUpdate("INSERT INTO indicatorrun_status (run_id, periode, gemeente_code, status, reden) VALUES (?, ?, ?, ?, ?)",
                statuses);
        jdbc.batchUpdate("""
                INSERT INTO signalen (run_id, periode, gemeente_code, signaal, indicator, dimensie, waarde, norm, normbron, tekst)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                signals.stream().map(s -> new Object[] {runId, period.label(), s.municipality(), s.signal(), s.indicator(),
                        s.dimension(), s.value(), s.norm(), s.normSource(), s.text()}).toList());
    }

    /**
     * The indicators whose total the public outputs hide, linked cells included ({@link LinkedCells}): a signal
     * must not print a figure that open data and the raad's report hide.
     */
    private java.util.Set<String> hiddenTotals(String municipality, Period period, List<Value> values) {
        List<IndicatorFiles.Row> rows = values.stream()
                .map(v -> new IndicatorFiles.Row(municipality, period.label(), Indicator.valueOf(v.indicator()),
                        v.dimension(), v.teller(), v.noemer(), v.value()))
                .sorted(java.util.Comparator.comparing((IndicatorFiles.Row r) -> r.indicator().ordinal())
                        .thenComparing(IndicatorFiles.Row::dimension))
                .toList();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (ShownFigure figure : new IndicatorFiles.OpenData(norms).suppress(rows)) {
            if (figure.dimension().isEmpty() && figure.suppressed()) {
                hidden.add(figure.indicator().code());
            }
        }
        return hidden;
    }

    private List<SignalRow> signals(String m, List<Value> values, Norms n, Map<String, String> problems,
            Map<String, String> bodyNames, java.util.Set<String> hiddenTotals) {
        List<SignalRow> signals = new ArrayList<>();
        Suppression suppression = new Suppression(n.k(), n.minNoemer());
        Value a0 = total(values, Indicator.A0);
        if (a0 != null && a0.value() != null && a0.value().signum() == 0) {
            Indicator.Norm norm = Indicator.A0.norm().orElseThrow();
            signals.add(new SignalRow(m, norm.signal(), "A0", "", "0", norm.norm(), norm.source(),
                    "Er is geen cliëntenraad die meepraat over de Participatiewet. De wet vraagt dat cliënten via een "
                            + "cliëntenraad of een vergelijkbare raad invloed hebben."));
        }
        below(signals, m, values, suppression, hiddenTotals, Indicator.K3, n.s2KlachtenTijdigMinimum(),
                "Van de afgehandelde klachten is %s op tijd afgehandeld. De norm is minstens %s.",
                "Van de afgehandelde klachten is minder dan %s op tijd afgehandeld.");
        above(signals, m, values, suppression, Indicator.K8,
                "%s klacht(en) zijn doorgestuurd naar een uitvoerder zonder dat de gemeente meekeek. De norm is 0: "
                        + "een inwoner moet altijd bij de gemeente terecht kunnen.");
        above(signals, m, values, suppression, Indicator.A9,
                "%s advies(en) van de cliëntenraad zijn na de reactietermijn nog niet beantwoord. De norm is 0.");
        below(signals, m, values, suppression, hiddenTotals, Indicator.A3, n.s5AdviezenGemotiveerdMinimum(),
                "Het college legde bij %s van de (deels) niet overgenomen adviezen uit waarom. De norm is %s.",
                "Het college legde niet bij elk (deels) niet overgenomen advies uit waarom. De norm is %s.");
        below(signals, m, values, suppression, hiddenTotals, Indicator.C1, n.s6BereikLangdurigMinimum(),
                "Van de langdurige cliënten had %s in het afgelopen jaar persoonlijk contact met de gemeente. De norm is "
                        + "minstens %s.",
                "Minder dan %s van de langdurige cliënten had in het afgelopen jaar persoonlijk contact met de gemeente.");
        Indicator.Norm evaluation = Indicator.A7.norm().orElseThrow();
        for (Value v : values) {
            if (v.indicator().equals("A7") && v.value() != null && v.value().signum() > 0) {
                String id = v.dimension().replace("orgaan=", "");
                String body = bodyNames.getOrDefault(id, id);
                signals.add(new SignalRow(m, evaluation.signal(), "A7", v.dimension(), "1",
                        evaluation.norm().formatted(n.evaluatieIntervalJaren()), evaluation.source(),
                        "De verordening en werkafspraken van " + body + " zijn langer dan " + n.evaluatieIntervalJaren()
                                + " jaar niet geëvalueerd."));
            }
        }
        above(signals, m, values, suppression, Indicator.K7,
                "%s klacht(en) waren op de peildatum nog niet afgehandeld terwijl de termijn al voorbij was. De norm is 0.");
        problems.forEach((source, problem) -> signals.add(new SignalRow(m, "S9", null, "bron=" + source, null,
                "elke verwachte bron levert, niets geblokkeerd", "datakwaliteit", problem)));
        return signals;
    }

    /**
     * A signal when a ratio is below its minimum. Signals go to the raad, so they show what the raad may
     * see: over too few observations the figure itself is left out of the text ({@code withoutFigure}).
     */
    private static void below(List<SignalRow> signals, String m, List<Value> values, Suppression suppression,
            java.util.Set<String> hiddenTotals, Indicator indicator, BigDecimal minimum, String text,
            String withoutFigure) {
        Value value = total(values, indicator);
        Indicator.Norm norm = indicator.norm().orElseThrow();
        if (value == null || value.value() == null || value.value().compareTo(minimum) >= 0) {
            return;
        }
        Suppression.Shown shown = hiddenTotals.contains(indicator.code()) ? new Suppression.Shown(".", true)
                : suppression.showRatio(value.noemer(), value.value());
        signals.add(new SignalRow(m, norm.signal(), indicator.code(), "",
                shown.suppressed() ? shown.text() : value.value().setScale(6, RoundingMode.HALF_UP).toPlainString(),
                norm.norm().formatted(percent(minimum)), norm.source(), shown.suppressed()
                        ? withoutFigure.formatted(percent(minimum))
                        : text.formatted(percent(value.value()), percent(minimum))));
    }

    /** A signal when a count whose norm is 0 is above it; a small count is shown as the raad sees it ({@code <5}). */
    private static void above(List<SignalRow> signals, String m, List<Value> values, Suppression suppression,
            Indicator indicator, String text) {
        Value value = total(values, indicator);
        Indicator.Norm norm = indicator.norm().orElseThrow();
        if (value != null && value.value() != null && value.value().signum() > 0) {
            String count = suppression.show(value.value().longValue()).text();
            signals.add(new SignalRow(m, norm.signal(), indicator.code(), "", count, norm.norm(), norm.source(),
                    text.formatted(count)));
        }
    }

    private static Value total(List<Value> values, Indicator indicator) {
        return values.stream().filter(v -> v.indicator().equals(indicator.code()) && v.dimension().isEmpty())
                .findFirst().orElse(null);
    }

    static String percent(BigDecimal fraction) {
        return String.format(DUTCH, "%.0f%%", fraction.multiply(BigDecimal.valueOf(100)));
    }

    /**
     * Per municipality, what makes its figures for the period unreliable: an expected source that has
     * not delivered for the period, or a held delivery with records about it; by source.
     */
    private Map<String, Map<String, String>> dataProblems(Period period) {
        Map<String, Map<String, String>> problems = new HashMap<>();
        Set<String> deliveredFor = new TreeSet<>();
        jdbc.query("SELECT DISTINCT bron, periode FROM leveringen WHERE periode IS NOT NULL AND status <> 'GEWEIGERD'",
                rs -> {
                    if (!Period.parse(rs.getString(2)).end().isBefore(period.end())) {
                        deliveredFor.add(rs.getString(1));
                    }
                });
        for (ExpectedSources.Expected expected : expectedSources.expected()) {
            if (!deliveredFor.contains(expected.source())) {
                for (String m : expected.municipalities()) {
                    problems.computeIfAbsent(m, x -> new TreeMap<>()).put(expected.source(), "Bron "
                            + expected.source() + " heeft nog niet geleverd voor " + period.label() + ".");
                }
            }
        }
        jdbc.query("""
                SELECT DISTINCT l.bron, x.gemeente_code FROM leveringen l JOIN (
                    SELECT levering_id, gemeente_code FROM clienten WHERE actueel = 1
                    UNION SELECT levering_id, gemeente_code FROM klachten WHERE actueel = 1
                    UNION SELECT levering_id, gemeente_code FROM advies_reacties WHERE actueel = 1
                    UNION SELECT levering_id, gemeente_code FROM adviesorgaan_dekking WHERE actueel = 1) x
                  ON x.levering_id = l.id
                WHERE l.status = 'GEBLOKKEERD'""",
                rs -> {
                    problems.computeIfAbsent(rs.getString(2), x -> new TreeMap<>()).put(rs.getString(1),
                            "Een levering van bron " + rs.getString(1) + " is geblokkeerd: te veel regels afgewezen. "
                                    + "Een beheerder moet haar accepteren of vervangen.");
                });
        return problems;
    }
}
