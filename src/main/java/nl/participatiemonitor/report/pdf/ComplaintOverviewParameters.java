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

import net.sf.jasperreports.engine.JRParameter;

/** Turns a {@link ComplaintOverview} into the parameters of reports/jaaroverzicht-klachten.jrxml and its metadata. */
final class ComplaintOverviewParameters {

    static final String TEMPLATE = "reports/jaaroverzicht-klachten.jrxml";
    private static final Locale DUTCH = ReportTexts.DUTCH;
    private static final ResourceBundle TEXTS = ReportTexts.bundle("jaaroverzicht-klachten");
    private static final DateTimeFormatter DAY = ReportTexts.DAY;

    private ComplaintOverviewParameters() {
    }

    static Map<String, Object> of(ComplaintOverview overview) {
        requirePrintable(overview);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, DUTCH);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, TEXTS);
        parameters.put("CODE", overview.code());
        parameters.put("NAME", overview.name());
        parameters.put("KIND", overview.kind());
        parameters.put("MEMBERS", overview.members());
        parameters.put("YEAR", Integer.toString(overview.year()));
        parameters.put("STATUS", overview.status());
        parameters.put("REVISION", Integer.toString(overview.revision()));
        parameters.put("DATA_DATE", DAY.format(overview.dataDate()));
        // A share that is shown comes with its teller and noemer; a marker stands alone.
        String onTime = overview.onTimeTeller().isEmpty() ? overview.onTime()
                : format(TEXTS.getString("summary.onTime.value"), overview.onTime(), overview.onTimeTeller(),
                        overview.onTimeNoemer());
        parameters.put("SUMMARY", List.of(row("summary.received", overview.received()),
                row("summary.handled", overview.handled()), row("summary.onTime", onTime),
                row("summary.open", overview.openAtYearEnd())));
        parameters.put("TOPICS", cells("onderwerp.", overview.topics()));
        parameters.put("OUTCOMES", cells("uitkomst.", overview.outcomes()));
        parameters.put("FINGERPRINT", overview.fingerprint());
        parameters.put("LARGEST_HIDDEN", Integer.toString(overview.smallestCount() - 1));
        parameters.put("MIN_NOEMER", Integer.toString(overview.minNoemer()));
        return parameters;
    }

    private static Map<String, ?> row(String key, String shown) {
        return Map.of("label", TEXTS.getString(key), "explanation", TEXTS.getString(key + ".uitleg"), "shown", shown);
    }

    private static List<Map<String, ?>> cells(String prefix, List<ComplaintOverview.Cell> cells) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ComplaintOverview.Cell cell : cells) {
            rows.add(Map.of("label", text(prefix + cell.code(), cell.code()),
                    "explanation", text(prefix + cell.code() + ".uitleg", ""), "shown", cell.shown()));
        }
        return rows;
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

    static DocumentInfo documentInfo(ComplaintOverview overview) {
        String year = Integer.toString(overview.year());
        String identity = String.join("|", "jaaroverzicht-klachten", overview.code(), year, overview.status(),
                "r" + overview.revision(), overview.dataDate().toString(), overview.fingerprint());
        return new DocumentInfo(format(TEXTS.getString("document.title"), overview.name(), year),
                TEXTS.getString("document.subject"), TEXTS.getString("document.keywords"), DUTCH.toLanguageTag(),
                overview.dataDate(), identity);
    }

    private static void requirePrintable(ComplaintOverview overview) {
        List<String> texts = new ArrayList<>(List.of(overview.code(), overview.name(), overview.kind(),
                overview.members(), overview.status(), overview.fingerprint(), overview.received(), overview.handled(),
                overview.onTime(), overview.onTimeTeller(), overview.onTimeNoemer(), overview.openAtYearEnd()));
        overview.topics().forEach(c -> texts.addAll(List.of(c.code(), c.shown())));
        overview.outcomes().forEach(c -> texts.addAll(List.of(c.code(), c.shown())));
        texts.forEach(text -> PrintableText.require("the jaaroverzicht klachten of " + overview.code(), text));
    }
}
