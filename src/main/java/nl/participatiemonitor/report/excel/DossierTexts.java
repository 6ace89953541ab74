package nl.participatiemonitor.report.excel;

import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Dutch texts of the reviewer dossier (as {@link CouncilWorkbookTexts}, so English can follow). */
public class DossierTexts extends ListResourceBundle {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(DossierTexts.class.getName(), DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"sheet.explanation", "Toelichting"},
            {"sheet.records", "Records"},
            {"sheet.records.more", "Records {0}"},
            {"sheet.figures", "Indicatoren"},
            {"document.title", "VERTROUWELIJK dossier {0} {1}"},
            {"document.subject", "Participatiewet: de records achter elk cijfer, voor toetsers"},
            {"marking", "VERTROUWELIJK"},
            {"marking.text", "Dit dossier is alleen voor toetsers (ombudsman, rekenkamer, inspectie). Het bevat "
                    + "gepseudonimiseerde records en cijfers zonder afscherming van kleine aantallen. Niet publiceren "
                    + "en niet doorsturen."},
            {"municipality", "Gemeente"},
            {"period", "Periode"},
            {"status", "Status"},
            {"revision", "Revisie"},
            {"dataDate", "Datum van de gegevens"},
            {"howTo", "Zo gebruikt u dit dossier"},
            {"howTo.text", "Het blad Records heeft één regel per record per cijfer waarin het meetelt. Filter op "
                    + "indicator, dimensie en rol: het aantal regels is de teller, de noemer of de telling van dat cijfer "
                    + "op het blad Indicatoren. Levering, bestand en regel wijzen het record aan zoals het is "
                    + "aangeleverd. Rol bron: het record waar een waarde van een adviesorgaan uit komt (A0, A6 tot A8)."},
            {"pseudonyms", "Cliënten staan er onder hun pseudoniem (een sleutel-hash), nooit onder hun BSN of eigen "
                    + "nummer."},
            {"column.indicator", "indicator"},
            {"column.label", "omschrijving"},
            {"column.dimension", "dimensie"},
            {"column.role", "rol"},
            {"column.entity", "entiteit"},
            {"column.key", "sleutel"},
            {"column.client", "client_pseudoniem"},
            {"column.value", "waarde"},
            {"column.delivery", "levering_id"},
            {"column.file", "bestand"},
            {"column.line", "regel"},
            {"column.teller", "teller"},
            {"column.noemer", "noemer"},
            {"column.recordsTeller", "records teller of telling"},
            {"column.recordsNoemer", "records noemer"},
        };
    }

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
    }
}
