package nl.participatiemonitor.report.pdf;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Turns a {@link CouncilReport} into the parameters of reports/raadsrapportage.jrxml and into its metadata. Lists
 * go in as {@code java.util.List}s of maps, so the template can read one list twice (a chart and its table).
 */
final class CouncilReportParameters {

    static final String TEMPLATE = "reports/raadsrapportage.jrxml";
    private static final Locale DUTCH = ReportTexts.DUTCH;
    private static final ResourceBundle TEXTS = ReportTexts.bundle("raadsrapportage");
    private static final DateTimeFormatter DAY = ReportTexts.DAY;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d-M-yyyy", DUTCH);

    private CouncilReportParameters() {
    }

    static Map<String, Object> of(CouncilReport report) {
        requirePrintable(report);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DUTCH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, TEXTS);
        parameters.put("MUNICIPALITY_CODE", report.municipalityCode());
        parameters.put("MUNICIPALITY_NAME", report.municipalityName());
        parameters.put("PERIOD", report.period());
        parameters.put("STATUS", report.status());
        parameters.put("REVISION", Integer.toString(report.revision()));
        parameters.put("DATA_DATE", DAY.format(report.dataDate()));
        parameters.put("KEY_FIGURES", new JRMapCollectionDataSource(figures(report.keyFigures())));
        parameters.put("SIGNALS", new JRMapCollectionDataSource(report.signals().stream()
                .<Map<String, ?>>map(s -> Map.of("text", s.text(), "norm", s.norm(), "normSource", s.normSource()))
                .toList()));
        parameters.put("SIGNAL_COUNT", report.signals().size());
        complaints(report.complaints(), parameters);
        advice(report.advice(), parameters);
        contact(report.contact(), parameters);
        Accountability accountability = report.accountability();
        parameters.put("FINGERPRINT", accountability.fingerprint());
        parameters.put("DELIVERIES", accountability.deliveries().stream().map(CouncilReportParameters::delivery).toList());
        parameters.put("SMALLEST_COUNT", Integer.toString(accountability.smallestCount()));
        parameters.put("MIN_NOEMER", Integer.toString(accountability.minNoemer()));
        parameters.put("LARGEST_HIDDEN", Integer.toString(accountability.smallestCount() - 1));
        parameters.put("DEFINITIVE_AFTER_DAYS", Integer.toString(accountability.definitiveAfterDays()));
        parameters.put("EVALUATION_YEARS", Integer.toString(accountability.evaluationYears()));
        return parameters;
    }

    private static void complaints(ComplaintSection complaints, Map<String, Object> parameters) {
        parameters.put("COMPLAINT_FIGURES", figures(complaints.figures()));
        parameters.put("COMPLAINTS_HANDLED", complaints.handled());
        parameters.put("COMPLAINT_OUTCOMES", points(complaints.outcomes()));
        chart("COMPLAINT_TOPICS", complaints.topics(), "complaints.topics.alt", parameters);
        parameters.put("COMPLAINT_ORGANISATIONS", points(complaints.organisations()));
        trend("COMPLAINT_TREND", complaints.trend(), parameters);
    }

    private static void advice(AdviceSection advice, Map<String, Object> parameters) {
        parameters.put("BODIES", advice.bodies().stream().map(CouncilReportParameters::body).toList());
        parameters.put("ADVICE_FIGURES", figures(advice.figures()));
        parameters.put("ADVICE_LIST", advice.advice().stream().map(CouncilReportParameters::adviceRow).toList());
    }

    private static void contact(ContactSection contact, Map<String, Object> parameters) {
        parameters.put("CONTACT_FIGURES", figures(contact.figures()));
        chart("CONTACT_CHANNELS", contact.channels(), "contact.channels.alt", parameters);
        trend("CONTACT_TREND", contact.trend(), parameters);
    }

    private static List<Map<String, ?>> figures(List<KeyFigure> figures) {
        return figures.stream().<Map<String, ?>>map(f -> Map.of("label", f.label(), "value", f.value(),
                "previous", f.previous(), "groupMedian", f.groupMedian(), "meaning", f.meaning())).toList();
    }

    /** A breakdown as table rows: label, explanation (may be empty) and the value as shown. */
    private static List<Map<String, ?>> points(List<ChartPoint> points) {
        return points.stream().<Map<String, ?>>map(p -> Map.of("label", label(p), "explanation", explanation(p),
                "shown", p.shown())).toList();
    }

    /**
     * A breakdown drawn as a bar chart beside its table: {@code <prefix>} (the table: every cell),
     * {@code <prefix>_PLOTTED} (the chart: only cells with a number the raad may see), {@code <prefix>_CHART}
     * (whether there is anything to draw: some bar longer than 0), {@code <prefix>_LEFT_OUT} (whether cells were
     * left out of the chart) and {@code <prefix>_ALT} (the chart in words, for screen readers).
     */
    private static void chart(String prefix, List<ChartPoint> points, String altKey, Map<String, Object> parameters) {
        List<ChartPoint> plotted = points.stream().filter(ChartPoint::isPlotted).toList();
        parameters.put(prefix, points(points));
        parameters.put(prefix + "_PLOTTED", plotted.stream().<Map<String, ?>>map(p -> Map.of("label", label(p),
                "plotted", p.plotted(), "shown", p.shown())).toList());
        parameters.put(prefix + "_CHART", plotted.stream().anyMatch(p -> p.plotted() > 0));
        List<ChartPoint> leftOut = points.stream().filter(p -> !p.isPlotted()).toList();
        parameters.put(prefix + "_LEFT_OUT", !leftOut.isEmpty());
        parameters.put(prefix + "_LEFT_OUT_TEXT", format(TEXTS.getString("chart.leftOut"),
                inWords(leftOut.stream().map(p -> label(p) + " (" + p.shown() + ")").toList())));
        parameters.put(prefix + "_ALT", format(TEXTS.getString(altKey),
                plotted.stream().map(p -> label(p) + " " + p.shown()).collect(Collectors.joining("; "))));
    }

    /**
     * A trend: {@code <prefix>} (rows: period, the two figures as shown and as plotted), whether each figure has
     * enough points to draw a line ({@code <prefix>_FIRST_CHART}, {@code <prefix>_SECOND_CHART}), their labels, and
     * the charts in words ({@code <prefix>_FIRST_ALT}, {@code <prefix>_SECOND_ALT}).
     */
    private static void trend(String prefix, Trend trend, Map<String, Object> parameters) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TrendRow row : trend.rows()) {
            Map<String, Object> values = new HashMap<>();
            values.put("period", row.period());
            values.put("firstShown", row.firstShown());
            values.put("firstPlotted", row.firstPlotted());
            values.put("secondShown", row.secondShown());
            values.put("secondPlotted", row.secondPlotted());
            rows.add(values);
        }
        parameters.put(prefix, rows);
        parameters.put(prefix + "_FIRST_LABEL", trend.firstLabel());
        parameters.put(prefix + "_SECOND_LABEL", trend.secondLabel());
        parameters.put(prefix + "_FIRST_CHART", trend.firstCharted());
        parameters.put(prefix + "_SECOND_CHART", trend.secondCharted());
        parameters.put(prefix + "_FIRST_ALT", format(TEXTS.getString("trend.alt"), inSentence(trend.firstLabel()),
                trend.rows().stream().filter(r -> r.firstPlotted() != null)
                        .map(r -> r.period() + " " + r.firstShown()).collect(Collectors.joining("; "))));
        parameters.put(prefix + "_SECOND_ALT", format(TEXTS.getString("trend.alt"), inSentence(trend.secondLabel()),
                trend.rows().stream().filter(r -> r.secondPlotted() != null)
                        .map(r -> r.period() + " " + r.secondShown()).collect(Collectors.joining("; "))));
    }

    /** A label inside a sentence: {@code Klachten ontvangen} becomes {@code klachten ontvangen}. */
    private static String inSentence(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(DUTCH) + label.substring(1);
    }

    /** A list as a sentence says it: {@code A}, {@code A en B}, {@code A, B en C}. */
    static String inWords(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + TEXTS.getString("list.and") + " "
                + items.get(items.size() - 1);
    }

    private static Map<String, ?> adviceRow(AdviceRow advice) {
        return Map.of(
                "title", advice.title(),
                "kind", TEXTS.getString(advice.requested() ? "adviceList.requested" : "adviceList.unrequested"),
                "issued", SHORT_DAY.format(advice.issued()),
                "due", SHORT_DAY.format(advice.due()),
                "answered", advice.answered() == null ? TEXTS.getString("adviceList.notYet")
                        : SHORT_DAY.format(advice.answered()),
                "outcome", advice.outcome() == null ? "-" : text("reactie." + advice.outcome(), advice.outcome()),
                "reasoned", advice.reasoned() == null ? "-" : TEXTS.getString(advice.reasoned() ? "yes" : "no"));
    }

    private static Map<String, ?> delivery(DeliveryRow delivery) {
        return Map.of(
                "source", delivery.period().isEmpty() ? delivery.source() : delivery.source() + " (" + delivery.period() + ")",
                "importedOn", SHORT_DAY.format(delivery.importedOn()),
                "read", String.format(DUTCH, "%,d", delivery.read()),
                "imported", String.format(DUTCH, "%,d", delivery.imported()),
                "rejected", String.format(DUTCH, "%,d", delivery.rejected()),
                "status", text("levering." + delivery.status(), delivery.status()));
    }

    private static Map<String, ?> body(BodyRow body) {
        return Map.of(
                "name", body.name(),
                "kind", body.kind().isEmpty() ? "" : text("orgaansoort." + body.kind(), body.kind()),
                "facilities", format(TEXTS.getString("bodies.facilities.value"), body.facilities()),
                "evaluationOverdue", TEXTS.getString(body.evaluationOverdue() ? "yes" : "no"),
                "seats", body.seats() > 0
                        ? format(TEXTS.getString("bodies.seats.value"), body.seatsFilled(), body.seats())
                        : TEXTS.getString("bodies.unknown"),
                "clientMembers", body.seatsFilled() > 0
                        ? format(TEXTS.getString("bodies.clientMembers.value"), body.clientMembers(),
                                body.seatsFilled())
                        : TEXTS.getString("bodies.unknown"));
    }

    /** The name of a breakdown cell: from the data, else from the report texts, else the code itself. */
    static String label(ChartPoint point) {
        if (!point.name().isBlank()) {
            return point.name();
        }
        return text(key(point), point.code().substring(point.code().indexOf('=') + 1));
    }

    private static String explanation(ChartPoint point) {
        return text(key(point) + ".uitleg", "");
    }

    /** {@code onderwerp=BEJEGENING} is named by the key {@code onderwerp.BEJEGENING}. */
    private static String key(ChartPoint point) {
        return point.code().replace('=', '.');
    }

    private static String text(String key, String otherwise) {
        try {
            return TEXTS.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, DUTCH).format(arguments);
    }

    static DocumentInfo documentInfo(CouncilReport report) {
        String title = format(TEXTS.getString("document.title"), report.municipalityName(), report.period());
        String identity = String.join("|", "raadsrapportage", report.municipalityCode(), report.period(),
                report.status(), "r" + report.revision(), report.dataDate().toString(),
                report.accountability().fingerprint());
        return new DocumentInfo(title, TEXTS.getString("document.subject"), TEXTS.getString("document.keywords"),
                DUTCH.toLanguageTag(), report.dataDate(), identity);
    }

    private static void requirePrintable(CouncilReport report) {
        requirePrintable("municipalityCode", report.municipalityCode());
        requirePrintable("municipalityName", report.municipalityName());
        requirePrintable("period", report.period());
        requirePrintable("key figure", report.keyFigures());
        for (SignalLine signal : report.signals()) {
            for (String text : List.of(signal.text(), signal.norm(), signal.normSource())) {
                requirePrintable("signal " + signal.code(), text);
            }
        }
        ComplaintSection complaints = report.complaints();
        requirePrintable("complaint figure", complaints.figures());
        requirePrintable("complaints handled", complaints.handled());
        requirePrintable(complaints.outcomes());
        requirePrintable(complaints.topics());
        requirePrintable(complaints.organisations());
        requirePrintable(complaints.trend());
        for (BodyRow body : report.advice().bodies()) {
            requirePrintable("advisory body " + body.id(), body.name());
            requirePrintable("advisory body " + body.id(), body.kind());
        }
        requirePrintable("advice figure", report.advice().figures());
        for (AdviceRow advice : report.advice().advice()) {
            requirePrintable("advice title", advice.title());
        }
        for (DeliveryRow delivery : report.accountability().deliveries()) {
            requirePrintable("delivery source", delivery.source());
        }
        requirePrintable("contact figure", report.contact().figures());
        requirePrintable(report.contact().channels());
        requirePrintable(report.contact().trend());
        requirePrintable("fingerprint", report.accountability().fingerprint());
    }

    private static void requirePrintable(String what, List<KeyFigure> figures) {
        for (KeyFigure figure : figures) {
            for (String text : List.of(figure.label(), figure.value(), figure.previous(), figure.groupMedian(),
                    figure.meaning())) {
                requirePrintable(what + " " + figure.code(), text);
            }
        }
    }

    private static void requirePrintable(List<ChartPoint> points) {
        for (ChartPoint point : points) {
            requirePrintable(point.code(), point.code());
            requirePrintable(point.code(), point.name());
            requirePrintable(point.code(), point.shown());
        }
    }

    private static void requirePrintable(Trend trend) {
        requirePrintable("trend", trend.firstLabel());
        requirePrintable("trend", trend.secondLabel());
        for (TrendRow row : trend.rows()) {
            for (String text : List.of(row.period(), row.firstShown(), row.secondShown())) {
                requirePrintable("trend " + row.period(), text);
            }
        }
    }

    private static void requirePrintable(String what, String text) {
        PrintableText.require(what, text);
    }
}
