package nl.participatiemonitor.report.excel;

import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Dutch texts of the raad's workbook (REPORTS.md: labels in resource bundles, so English can follow as
 * {@code CouncilWorkbookTexts_en}). A class, not a properties file, so that it lives beside the workbook code.
 */
public class CouncilWorkbookTexts extends ListResourceBundle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Without fallback: the machine's default locale must never pick the texts of a Dutch report. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(CouncilWorkbookTexts.class.getName(), DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"sheet.summary", "Samenvatting"},
            {"sheet.complaints", "Klachten"},
            {"sheet.advice", "Adviezen"},
            {"sheet.contact", "Contact"},
            {"sheet.trend", "Trend"},
            {"sheet.explanation", "Toelichting"},

            {"document.title", "Raadsrapportage {0} {1}"},
            {"document.subject", "Participatiewet: klachten, cliëntenraad en contact met inwoners in de bijstand"},

            {"summary.municipality", "Gemeente"},
            {"summary.period", "Periode"},
            {"summary.status", "Status"},
            {"summary.revision", "Revisie"},
            {"summary.dataDate", "Datum van de gegevens"},
            {"summary.groupMedian", "Mediaan vergelijkbare gemeenten"},
            {"summary.signals", "Signalen"},
            {"summary.noSignals", "Geen signalen in deze periode."},

            {"column.code", "Code"},
            {"column.indicator", "Indicator"},
            {"column.breakdown", "Onderverdeling"},
            {"column.value", "Waarde {0}"},
            {"column.teller", "Teller"},
            {"column.noemer", "Noemer"},
            {"column.signal", "Signaal"},
            {"column.text", "Wat valt op"},
            {"column.norm", "Norm"},
            {"column.normSource", "Bron van de norm"},
            {"column.definition", "Uitleg"},

            {"breakdown.total", "Totaal"},

            {"trend.chartData", "Gegevens voor de grafiek (zonder weggelaten cijfers)"},
            {"trend.chartTitle", "Contact met langdurige cliënten en klachten op tijd afgehandeld"},

            {"explanation.terms", "Tekens en begrippen"},
            {"explanation.small", "Klein aantal"},
            {"explanation.small.text", "Het aantal is 1 tot en met {0}. Zo kleine aantallen laten we niet zien. "
                    + "Zo is niemand te herkennen."},
            {"explanation.unreliable", "Niet betrouwbaar"},
            {"explanation.unreliable.text", "Het cijfer gaat over minder dan {0} mensen of zaken. Dat is te weinig "
                    + "voor een betrouwbaar cijfer. Daarom laten we het niet zien."},
            {"explanation.none", "Geen cijfer"},
            {"explanation.none.text", "Er is geen cijfer. Er was bijvoorbeeld niets om te tellen."},
            {"explanation.secondary", "Extra weggelaten"},
            {"explanation.secondary.text", "Laten we in een tabel één getal weg? Dan laten we ook het kleinste "
                    + "andere getal weg. Anders kunt u het weggelaten getal uitrekenen."},
            {"explanation.provisional", "Nog niet alle gegevens zijn binnen, of de periode is minder dan {0} "
                    + "dagen voorbij. De cijfers kunnen nog veranderen."},
            {"explanation.definitive", "Alle gegevens zijn binnen en de periode is al {0} dagen voorbij. Komen er "
                    + "toch nieuwe gegevens, dan maken we een nieuwe revisie."},
            {"explanation.median", "Mediaan"},
            {"explanation.median.text", "De middelste waarde van gemeenten met ongeveer evenveel cliënten met een "
                    + "uitkering: minder dan 500, 500 tot 2.000, 2.000 tot 10.000, of 10.000 en meer."},
        };
    }

    static String text(String key) {
        return TEXTS.getString(key);
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), DUTCH).format(arguments);
    }
}
