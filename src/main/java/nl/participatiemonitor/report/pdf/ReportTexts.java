package nl.participatiemonitor.report.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the Dutch report templates share: the locale, their text bundles, and how a day is written. */
final class ReportTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** A day as a raadslid reads it: 23 november 2026. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private ReportTexts() {
    }

    /**
     * The texts of {@code reports/<name>.properties}. Without fallback: the machine's default locale must never pick
     * the texts of a Dutch report.
     */
    static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle("reports." + name, DUTCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
