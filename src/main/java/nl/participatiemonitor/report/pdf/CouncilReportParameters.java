package nl.participatiemonitor.report.pdf;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Turns a {@link CouncilReport} into the parameters of reports/raadsrapportage.jrxml and into its metadata. */
final class CouncilReportParameters {

    static final String TEMPLATE = "reports/raadsrapportage.jrxml";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Without fallback: the machine's default locale must never pick the texts of a Dutch report. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("reports.raadsrapportage", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    /** The encoding of the report font (fonts/pm-sans.xml): a character outside it would silently not print. */
    private static final Charset FONT_ENCODING = Charset.forName("windows-1252");

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
        parameters.put("KEY_FIGURES", new JRMapCollectionDataSource(report.keyFigures().stream()
                .<Map<String, ?>>map(f -> Map.of("label", f.label(), "value", f.value(), "previous", f.previous(),
                        "groupMedian", f.groupMedian(), "meaning", f.meaning()))
                .toList()));
        parameters.put("SIGNALS", new JRMapCollectionDataSource(report.signals().stream()
                .<Map<String, ?>>map(s -> Map.of("text", s.text(), "norm", s.norm(), "normSource", s.normSource()))
                .toList()));
        parameters.put("SIGNAL_COUNT", report.signals().size());
        return parameters;
    }

    static DocumentInfo documentInfo(CouncilReport report) {
        String title = new MessageFormat(TEXTS.getString("document.title"), DUTCH)
                .format(new Object[] {report.municipalityName(), report.period()});
        String identity = String.join("|", "raadsrapportage", report.municipalityCode(), report.period(),
                report.status(), "r" + report.revision(), report.dataDate().toString());
        return new DocumentInfo(title, TEXTS.getString("document.subject"), TEXTS.getString("document.keywords"),
                DUTCH.toLanguageTag(), report.dataDate(), identity);
    }

    private static void requirePrintable(CouncilReport report) {
        requirePrintable("municipalityCode", report.municipalityCode());
        requirePrintable("municipalityName", report.municipalityName());
        requirePrintable("period", report.period());
        for (KeyFigure figure : report.keyFigures()) {
            for (String text : List.of(figure.label(), figure.value(), figure.previous(), figure.groupMedian(),
                    figure.meaning())) {
                requirePrintable("key figure " + figure.code(), text);
            }
        }
        for (SignalLine signal : report.signals()) {
            for (String text : List.of(signal.text(), signal.norm(), signal.normSource())) {
                requirePrintable("signal " + signal.code(), text);
            }
        }
    }

    private static void requirePrintable(String what, String text) {
        CharsetEncoder encoder = FONT_ENCODING.newEncoder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String character = new String(Character.toChars(text.codePointAt(i)));
            if (!encoder.canEncode(character)) {
                throw new IllegalArgumentException("The PDF font cannot print '" + character + "' (U+"
                        + String.format("%04X", text.codePointAt(i)) + ") in " + what + ": \"" + text
                        + "\"; write it with other characters");
            }
        }
    }
}
