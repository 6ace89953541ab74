package nl.participatiemonitor.ingest;

import static nl.participatiemonitor.ingest.FieldSpec.code;
import static nl.participatiemonitor.ingest.FieldSpec.of;
import static nl.participatiemonitor.ingest.FieldType.ADVIES;
import static nl.participatiemonitor.ingest.FieldType.ADVIESORGAAN;
import static nl.participatiemonitor.ingest.FieldType.BOOLEAN;
import static nl.participatiemonitor.ingest.FieldType.CLIENT;
import static nl.participatiemonitor.ingest.FieldType.COUNT;
import static nl.participatiemonitor.ingest.FieldType.DATE;
import static nl.participatiemonitor.ingest.FieldType.GEMEENTE;
import static nl.participatiemonitor.ingest.FieldType.GR;
import static nl.participatiemonitor.ingest.FieldType.ORGANISATIE;
import static nl.participatiemonitor.ingest.FieldType.POSITIVE;
import static nl.participatiemonitor.ingest.FieldType.TEXT;
import static nl.participatiemonitor.ingest.FieldType.YEAR;
import static nl.participatiemonitor.ingest.RowRules.after;
import static nl.participatiemonitor.ingest.RowRules.atMost;
import static nl.participatiemonitor.ingest.RowRules.notBefore;
import static nl.participatiemonitor.ingest.RowRules.onlyWith;
import static nl.participatiemonitor.ingest.RowRules.requiredWith;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical entities of IMPORT.md with their columns, natural keys and the rules that relate
 * columns of one row. Declared in import order: an entity only refers to entities above it, so a
 * delivery that brings both imports the referred records first. The file name and the table name
 * are the entity name.
 */
public enum CanonicalEntity {

    ORGANISATIES(List.of("organisatie_code"), List.of(
            of("organisatie_code", TEXT).required().max(64),
            of("naam", TEXT).required(),
            code("soort", "GR", "UITVOERDER", "OMBUDSMAN").required())),

    GR_LIDMAATSCHAPPEN(List.of("gr_code", "gemeente_code", "geldig_van"), List.of(
            of("gr_code", GR).required(),
            of("gemeente_code", GEMEENTE).required(),
            of("geldig_van", DATE).required(),
            of("geldig_tot", DATE)),
            after("geldig_tot", "geldig_van")),

    CLIENTEN(List.of("client_id"), List.of(
            of("client_id", CLIENT).required(),
            of("gemeente_code", GEMEENTE).required(),
            of("start_uitkering", DATE).required().event(),
            of("einde_uitkering", DATE),
            of("geboortejaar", YEAR),
            code("route", "WERK", "PARTICIPATIE", "ONTHEFFING", "ONBEKEND").orElse("ONBEKEND"),
            of("vaste_contactpersoon", BOOLEAN),
            of("uitvoerder_code", ORGANISATIE)),
            after("einde_uitkering", "start_uitkering")),

    CONTACTEN(List.of("contact_id"), List.of(
            of("contact_id", TEXT).required().max(64),
            of("client_id", CLIENT).required(),
            of("datum", DATE).required().event(),
            code("kanaal", "KANTOOR", "HUISBEZOEK", "WIJKLOCATIE", "TELEFOON", "VIDEO", "EMAIL", "BERICHT",
                    "BRIEF", "GROEP").required(),
            code("doel", "ONDERSTEUNING", "INKOMEN", "INTAKE", "HANDHAVING", "OVERIG").required(),
            of("bereikt", BOOLEAN).orElse(true),
            of("organisatie_code", ORGANISATIE))),

    KLACHTEN(List.of("klacht_id"), List.of(
            of("klacht_id", TEXT).required().max(64),
            of("gemeente_code", GEMEENTE).required(),
            of("ontvangen", DATE).required().event(),
            of("schriftelijk", BOOLEAN).orElse(true),
            code("kanaal", "BRIEF", "EMAIL", "WEBFORMULIER", "TELEFOON", "BALIE", "GESPREK"),
            code("onderwerp", "BEJEGENING", "BEREIKBAARHEID", "INFORMATIE", "BEGELEIDING_WERK",
                    "MEDISCHE_BEPERKING", "HANDHAVING", "VERGOEDINGEN", "BETALING", "KLACHTBEHANDELING",
                    "OVERIG").required(),
            of("gedragende_organisatie", ORGANISATIE),
            of("behandelende_organisatie", ORGANISATIE),
            of("ontvangst_bevestigd", DATE).event(),
            of("adviescommissie", BOOLEAN).orElse(false),
            of("verdaagd_op", DATE).event(),
            of("afgehandeld", DATE).event(),
            code("uitkomst", "GEGROND", "DEELS_GEGROND", "ONGEGROND", "GEEN_OORDEEL", "INFORMEEL_OPGELOST",
                    "NIET_IN_BEHANDELING", "DOORGEZONDEN", "INGETROKKEN"),
            of("doorgezonden_zonder_betrokkenheid", BOOLEAN),
            of("ombudsman_ingediend", DATE).event(),
            code("ombudsman_oordeel", "GEGROND", "DEELS_GEGROND", "NIET_GEGROND", "BEMIDDELD",
                    "NIET_IN_BEHANDELING")),
            notBefore("ontvangst_bevestigd", "ontvangen"),
            notBefore("verdaagd_op", "ontvangen"),
            notBefore("afgehandeld", "ontvangen"),
            notBefore("ombudsman_ingediend", "ontvangen"),
            requiredWith("uitkomst", "afgehandeld"),
            onlyWith("uitkomst", "afgehandeld"),
            onlyWith("ombudsman_oordeel", "ombudsman_ingediend")),

    ADVIESORGANEN(List.of("orgaan_id", "peildatum"), List.of(
            of("orgaan_id", TEXT).required().max(64),
            of("naam", TEXT).required(),
            code("soort", "CLIENTENRAAD_PW", "CLIENTENRAAD_GR", "GECOMBINEERD", "ADVIESRAAD_SD").required(),
            of("peildatum", DATE).required().event(),
            of("verordening_datum", DATE).event(),
            of("werkafspraken", BOOLEAN),
            of("laatste_evaluatie", DATE).event(),
            of("zetels", COUNT),
            of("bezette_zetels", COUNT),
            of("leden_pw_client", COUNT),
            of("fac_budget", BOOLEAN),
            of("fac_achterban", BOOLEAN),
            of("fac_beleidsagenda", BOOLEAN),
            of("fac_contactpersoon", BOOLEAN),
            of("fac_voorzitter", BOOLEAN),
            of("fac_secretaris", BOOLEAN),
            of("fac_locatie", BOOLEAN)),
            atMost("bezette_zetels", "zetels"),
            atMost("leden_pw_client", "bezette_zetels")),

    ADVIESORGAAN_DEKKING(List.of("orgaan_id", "gemeente_code", "geldig_van"), List.of(
            of("orgaan_id", ADVIESORGAAN).required(),
            of("gemeente_code", GEMEENTE).required(),
            of("geldig_van", DATE).required(),
            of("geldig_tot", DATE)),
            after("geldig_tot", "geldig_van")),

    ADVIEZEN(List.of("advies_id"), List.of(
            of("advies_id", TEXT).required().max(64),
            of("orgaan_id", ADVIESORGAAN).required(),
            code("soort", "GEVRAAGD", "ONGEVRAAGD").required(),
            code("onderwerp", "VERORDENING", "BELEID", "UITVOERING", "MINIMABELEID", "REINTEGRATIE",
                    "HANDHAVING", "COMMUNICATIE", "BEGROTING", "OVERIG").required(),
            of("titel", TEXT).max(500),
            of("gevraagd_op", DATE).event(),
            of("uitgebracht_op", DATE).required().event(),
            code("betrokkenheid", "VROEG", "CONCEPT", "LAAT", "NA_BESLUIT"),
            of("reactietermijn_dagen", POSITIVE)),
            notBefore("uitgebracht_op", "gevraagd_op"),
            RowRules.requestedOnly("gevraagd_op")),

    ADVIES_REACTIES(List.of("advies_id", "gemeente_code"), List.of(
            of("advies_id", ADVIES).required(),
            of("gemeente_code", GEMEENTE).required(),
            of("reactie_datum", DATE).event(),
            code("uitkomst", "OVERGENOMEN", "DEELS_OVERGENOMEN", "NIET_OVERGENOMEN"),
            of("gemotiveerd", BOOLEAN),
            of("schriftelijk", BOOLEAN)),
            onlyWith("uitkomst", "reactie_datum"),
            onlyWith("gemotiveerd", "reactie_datum"),
            RowRules.answeredAfterIssue());

    private final List<String> key;
    private final List<FieldSpec> fields;
    private final List<RowRule> rules;

    CanonicalEntity(List<String> key, List<FieldSpec> fields, RowRule... rules) {
        this.key = key;
        this.fields = fields;
        this.rules = List.of(rules);
    }

    /** The entity name as in IMPORT.md: file name without extension, and table name. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CanonicalEntity> forFileName(String baseName) {
        return Arrays.stream(values()).filter(e -> e.fileName().equalsIgnoreCase(baseName)).findFirst();
    }

    /** The code list of a column, for example every kanaal of contacten, in the order of IMPORT.md. */
    public List<String> codes(String column) {
        return fields.stream().filter(f -> f.name().equals(column)).findFirst().map(FieldSpec::codes)
                .filter(codes -> !codes.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException(fileName() + "." + column + " has no code list"));
    }

    /** The canonical column names in the order of IMPORT.md, as a source definition may map them. */
    public List<String> columns() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    /** Whether the column must have a value in every row. */
    public boolean requires(String column) {
        return fields.stream().anyMatch(f -> f.name().equals(column) && f.mandatory());
    }

    /** Whether the column holds a date ({@code yyyy-MM-dd} in the canonical format). */
    public boolean isDate(String column) {
        return fields.stream().anyMatch(f -> f.name().equals(column) && f.type() == FieldType.DATE);
    }

    /**
     * Whether {@code value} can be valid in the column as far as the column alone says: a code of its code
     * list, a yes/no value for a J/N column; any text for other columns. Lets a source definition's value
     * mapping be checked at start-up instead of rejecting every row later.
     */
    public boolean accepts(String column, String value) {
        FieldSpec field = fields.stream().filter(f -> f.name().equals(column)).findFirst().orElse(null);
        if (field == null || value.isEmpty()) {
            return true;
        }
        return switch (field.type()) {
            case CODE -> field.codes().contains(value.toUpperCase(Locale.ROOT));
            case BOOLEAN -> List.of("j", "ja", "true", "1", "n", "nee", "false", "0")
                    .contains(value.toLowerCase(Locale.ROOT));
            case GEMEENTE -> value.toUpperCase(Locale.ROOT).matches("GM\\d{4}");
            default -> true;
        };
    }

    /** Whether the column identifies a client, so its values are pseudonymised before anything is stored. */
    public boolean isClient(String column) {
        return fields.stream().anyMatch(f -> f.name().equals(column) && f.type() == CLIENT);
    }

    /** Whether rows of this entity identify a client (and may carry a {@code bsn} instead of a client_id). */
    public boolean identifiesClients() {
        return hasClient();
    }

    List<FieldSpec> fields() {
        return fields;
    }

    List<String> key() {
        return key;
    }

    List<RowRule> rules() {
        return rules;
    }

    /** Whether this entity identifies a client, so a {@code bsn} column may stand in for client_id. */
    boolean hasClient() {
        return fields.stream().anyMatch(f -> f.type() == CLIENT);
    }
}
