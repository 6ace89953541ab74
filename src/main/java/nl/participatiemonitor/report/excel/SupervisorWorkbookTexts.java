package nl.participatiemonitor.report.excel;

import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Dutch texts of the toezichtrapportage's workbook; English can follow as {@code SupervisorWorkbookTexts_en}. */
public class SupervisorWorkbookTexts extends ListResourceBundle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** Without fallback: the machine's default locale must never pick the texts of a Dutch report. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(SupervisorWorkbookTexts.class.getName(), DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"sheet.municipalities", "Gemeenten"},
            {"sheet.signals", "Signalen"},
            {"sheet.medians", "Groepsmedianen"},
            {"sheet.arrangements", "GR"},
            {"sheet.handling", "GR klachten"},

            {"document.title", "Toezichtrapportage {0} {1}"},
            {"document.subject", "Gemeenten naast elkaar: klachten, cliëntenraad en contact met inwoners in de "
                    + "bijstand, en de gemeenschappelijke regelingen"},

            {"column.municipality", "Gemeente"},
            {"column.code", "Code"},
            {"column.status", "Status"},
            {"column.signals", "Signalen"},
            {"column.signal", "Signaal"},
            {"column.indicator", "Indicator"},
            {"column.text", "Wat valt op"},
            {"column.norm", "Norm"},
            {"column.normSource", "Bron van de norm"},
            {"column.group", "Groep (cliënten met een uitkering)"},
            {"column.median", "Mediaan"},
            {"column.count", "Gemeenten met een waarde"},
            {"column.arrangement", "GR"},
            {"column.arrangementName", "Naam GR"},
            {"column.line", "Regel"},
            {"column.organisation", "Organisatie"},
            {"column.organisationName", "Naam organisatie"},
            {"column.kind", "Soort"},
            {"column.about", "Klachten over de organisatie"},
            {"column.handledBy", "Klachten behandeld door de organisatie"},
            {"column.onTime", "Op tijd afgehandeld"},

            {"title", "Toezichtrapportage {0}, periode {1}, {2}, revisie {3}, stand van de gegevens {4}"},
            {"line.member", "Gemeente"},
            {"line.total", "Totaal GR"},
            {"municipalities.themselves", "De gemeenten zelf"},
            {"soort.GR", "Gemeenschappelijke regeling"},
            {"soort.UITVOERDER", "Uitvoerder"},
            {"soort.OMBUDSMAN", "Ombudsman"},
            {"soort.GEMEENTE", "Gemeente"},
            {"arrangements.rule", "Een totaal van een GR is de som van de gemeenten (bij een deel: alle tellers "
                    + "gedeeld door alle noemers). Laten we bij één gemeente een cijfer weg, dan laten we ook het "
                    + "totaal weg (.): anders kunt u het weggelaten cijfer uitrekenen."},
            {"arrangements.none", "Geen van deze gemeenten doet op de peildatum mee aan een gemeenschappelijke "
                    + "regeling."},
            {"handling.rule", "Per GR: over welke organisatie de klachten van de gemeenten in de periode gingen, "
                    + "wie ze behandelde, en welk deel van de klachten die de organisatie in de periode afhandelde "
                    + "binnen de termijn van de Awb (artikel 9:11) bleef."},
            {"signals.none", "Geen signalen in deze periode."},
        };
    }

    /** The text of {@code key}, or {@code otherwise} when there is none (a soort the catalogue does not know). */
    static String textOr(String key, String otherwise) {
        return TEXTS.containsKey(key) ? TEXTS.getString(key) : otherwise;
    }

    static String text(String key) {
        return TEXTS.getString(key);
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), DUTCH).format(arguments);
    }
}
