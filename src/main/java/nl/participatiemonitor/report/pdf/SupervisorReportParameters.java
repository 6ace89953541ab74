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
import java.util.TreeMap;

import net.sf.jasperreports.engine.JRParameter;
import nl.participatiemonitor.metrics.Indicator;

/** Turns a {@link SupervisorReport} into the parameters of reports/toezichtrapportage.jrxml and into its metadata. */
final class SupervisorReportParameters {

    static final String TEMPLATE = "reports/toezichtrapportage.jrxml";
    private static final Locale DUTCH = ReportTexts.DUTCH;
    private static final ResourceBundle TEXTS = ReportTexts.bundle("toezichtrapportage");
    private static final DateTimeFormatter DAY = ReportTexts.DAY;

    private SupervisorReportParameters() {
    }

    static Map<String, Object> of(SupervisorReport report) {
        requirePrintable(report);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DUTCH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, TEXTS);
        parameters.put("SCOPE", report.scope());
        parameters.put("PERIOD", report.period());
        parameters.put("STATUS", report.status());
        parameters.put("REVISION", Integer.toString(report.revision()));
        parameters.put("DATA_DATE", DAY.format(report.dataDate()));
        parameters.put("MUNICIPALITY_COUNT", report.municipalities().size());
        parameters.put("HEADS", report.columns().stream().map(c -> textOr("head." + c.code(), c.code())).toList());
        parameters.put("COLUMN_LEGEND", report.columns().stream()
                .<Map<String, ?>>map(c -> Map.of("code", c.code(), "text", c.label(), "source", c.definition()))
                .toList());
        parameters.put("MUNICIPALITIES", lines(report.municipalities()));
        parameters.put("MEDIANS", lines(report.medians().stream().map(l -> new SupervisorReport.Line(l.kind(),
                textOr("group." + l.name(), l.name()), l.code(), l.status(), l.values(), l.signals())).toList()));
        parameters.put("SIGNAL_LEGEND", signalLegend());
        parameters.put("ARRANGEMENTS", lines(report.arrangements().stream()
                .map(l -> l.kind() != SupervisorReport.Kind.TOTAL ? l : new SupervisorReport.Line(l.kind(),
                        text("arrangements.total", l.name()), l.code(), l.status(), l.values(), l.signals()))
                .toList()));
        parameters.put("ARRANGEMENT_COUNT", (int) report.arrangements().stream()
                .filter(l -> l.kind() == SupervisorReport.Kind.HEADING).count());
        parameters.put("HANDLING", report.handling().stream().<Map<String, ?>>map(h -> Map.of(
                "arrangement", h.arrangement(),
                "name", h.name().isEmpty() ? TEXTS.getString("handling.municipalities") : h.name(),
                "kind", textOr("soort." + h.kind(), h.kind()), "about", h.about(),
                "handledBy", h.handledBy(), "onTime", h.onTime())).toList());
        parameters.put("FINGERPRINT", report.fingerprint());
        parameters.put("LARGEST_HIDDEN", Integer.toString(report.smallestCount() - 1));
        parameters.put("MIN_NOEMER", Integer.toString(report.minNoemer()));
        return parameters;
    }

    /** Every signal code: what it says (the report's words) and where its norm comes from (the catalogue). */
    private static List<Map<String, ?>> signalLegend() {
        Map<String, String> sources = new TreeMap<>();
        for (Indicator indicator : Indicator.values()) {
            indicator.norm().ifPresent(n -> sources.put(n.signal(), n.source()));
        }
        sources.put("S9", TEXTS.getString("signal.S9.source"));
        return sources.entrySet().stream().<Map<String, ?>>map(e -> Map.of("code", e.getKey(),
                "text", textOr("signal." + e.getKey(), e.getKey()), "source", e.getValue())).toList();
    }

    private static List<Map<String, ?>> lines(List<SupervisorReport.Line> lines) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SupervisorReport.Line line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", line.kind().name());
            row.put("name", line.name());
            row.put("code", line.code());
            row.put("status", line.status());
            for (int i = 0; i < SupervisorReport.COLUMNS; i++) {
                row.put("v" + i, i < line.values().size() ? line.values().get(i) : "");
            }
            row.put("signals", line.signals());
            rows.add(row);
        }
        return rows;
    }

    /** A text of the report: {@code soort.GR}, {@code group.<500}; {@code otherwise} when the bundle has none. */
    static String textOr(String key, String otherwise) {
        try {
            return TEXTS.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), DUTCH).format(arguments);
    }

    static DocumentInfo documentInfo(SupervisorReport report) {
        String identity = String.join("|", "toezichtrapportage", report.scope(), report.period(), report.status(),
                "r" + report.revision(), report.dataDate().toString(), report.fingerprint());
        return new DocumentInfo(text("document.title", report.scope(), report.period()),
                TEXTS.getString("document.subject"), TEXTS.getString("document.keywords"), DUTCH.toLanguageTag(),
                report.dataDate(), identity);
    }

    private static void requirePrintable(SupervisorReport report) {
        List<String> texts = new ArrayList<>(List.of(report.scope(), report.period(), report.status(),
                report.fingerprint()));
        for (List<SupervisorReport.Line> lines : List.of(report.municipalities(), report.medians(),
                report.arrangements())) {
            for (SupervisorReport.Line line : lines) {
                texts.addAll(List.of(line.name(), line.code(), line.status(), line.signals()));
                texts.addAll(line.values());
            }
        }
        for (SupervisorReport.HandlingLine line : report.handling()) {
            texts.addAll(List.of(line.arrangement(), line.name(), line.kind(), line.about(), line.handledBy(),
                    line.onTime()));
        }
        report.columns().forEach(c -> texts.addAll(List.of(c.code(), c.label(), c.definition())));
        texts.forEach(text -> PrintableText.require("the toezichtrapportage", text));
    }
}
