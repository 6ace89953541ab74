package nl.participatiemonitor.metrics;

/**
 * The indicator catalogue of METRICS.md: every code with its Dutch label, a short definition and its
 * kind. The CSV files, the signals and the reports read their labels and formats from here.
 */
public enum Indicator {

    B1("clienten_actief", "Cliënten met een uitkering",
            "Cliënten van de gemeente met een lopende uitkering op de peildatum.", Kind.COUNT),
    B2("clienten_langdurig", "Langdurige cliënten",
            "Cliënten die op de peildatum al minstens 12 maanden een uitkering hebben.", Kind.COUNT),
    B3("instroom", "Instroom", "Cliënten van wie de uitkering in de periode begon.", Kind.COUNT),

    C1("bereik_langdurig", "Langdurige cliënten met persoonlijk contact",
            "Deel van de langdurige cliënten met minstens één persoonlijk contact (balie, huisbezoek, wijk, telefoon, "
                    + "video; bereikt; geen handhaving) in de laatste 12 maanden.", Kind.RATIO),
    C2("zonder_contact_langdurig", "Langdurige cliënten zonder enig contact",
            "Deel van de langdurige cliënten met geen enkel bereikt contact in de laatste 12 maanden.", Kind.RATIO),
    C3("dagen_sinds_contact_mediaan", "Dagen sinds het laatste persoonlijke contact (mediaan)",
            "Mediaan over de cliënten met een uitkering van het aantal dagen sinds hun laatste persoonlijke contact "
                    + "(of sinds de start van de uitkering).", Kind.MEDIAN),
    C4("vaste_contactpersoon_langdurig", "Langdurige cliënten met een vaste contactpersoon",
            "Deel van de langdurige cliënten met een vaste klantmanager.", Kind.RATIO),
    C5("contacten_per_client", "Contacten per cliënt",
            "Bereikte contacten in de periode per cliënt met een uitkering.", Kind.RATIO),
    C6("aandeel_handhaving", "Aandeel handhavingscontacten",
            "Deel van de bereikte contacten in de periode dat handhaving was.", Kind.RATIO),
    C7("contacten_per_kanaal", "Contacten per kanaal", "Bereikte contacten in de periode per kanaal.", Kind.COUNT),

    K1("klachten_ontvangen", "Klachten ontvangen",
            "Klachten die in de periode binnenkwamen, per onderwerp en per organisatie om wier gedrag het ging.",
            Kind.COUNT),
    K2("klachten_per_1000", "Klachten per 1.000 cliënten", "Ontvangen klachten per 1.000 cliënten met een uitkering.",
            Kind.RATE),
    K3("klachten_tijdig", "Klachten op tijd afgehandeld",
            "Deel van de in de periode afgehandelde klachten dat binnen de wettelijke termijn (Awb 9:11) werd "
                    + "afgehandeld.", Kind.RATIO),
    K4("ontvangst_bevestigd", "Ontvangst op tijd bevestigd",
            "Deel van de schriftelijke klachten waarvan de ontvangst binnen 7 dagen schriftelijk is bevestigd.",
            Kind.RATIO),
    K5("klachten_gegrond", "Klachten (deels) gegrond",
            "Deel van de beoordeelde klachten dat gegrond of deels gegrond was.", Kind.RATIO),
    K6("klachten_informeel", "Klachten informeel opgelost",
            "Deel van de afgehandelde klachten dat informeel naar tevredenheid is opgelost.", Kind.RATIO),
    K7("klachten_open_te_laat", "Klachten open na de termijn",
            "Klachten die op de peildatum nog niet waren afgehandeld terwijl de termijn al voorbij was.", Kind.COUNT),
    K8("doorgezonden_zonder_betrokkenheid", "Klachten doorgestuurd zonder betrokkenheid gemeente",
            "Klachten die zonder betrokkenheid van de gemeente naar de uitvoerder zijn doorgestuurd (norm: 0).",
            Kind.COUNT),
    K9("ombudsman_ingediend", "Klachten bij de ombudsman", "Klachten die in de periode bij de ombudsman zijn ingediend.",
            Kind.COUNT),
    K10("uitkomsten", "Uitkomsten van klachten", "Klachten afgehandeld in de periode, per uitkomst.", Kind.COUNT),

    A0("clientenraad_aanwezig", "Cliëntenraad aanwezig",
            "Of er een cliëntenraad is (of een adviesraad met leden uit de bijstand) die meepraat voor de gemeente; "
                    + "in de cijfers 1 voor ja en 0 voor nee.",
            Kind.BODY_FACT),
    A1("adviezen_uitgebracht", "Adviezen uitgebracht", "Adviezen voor de gemeente uitgebracht in de periode, per soort.",
            Kind.COUNT),
    A2("adviezen_tijdig_beantwoord", "Adviezen op tijd beantwoord",
            "Deel van de adviezen met een uiterste reactiedatum in de periode dat op tijd is beantwoord.", Kind.RATIO),
    A3("adviezen_gemotiveerd", "Afwijzingen gemotiveerd",
            "Deel van de (deels) niet overgenomen adviezen waarbij het college uitlegde waarom (norm: 100%).",
            Kind.RATIO),
    A4("adviezen_overgenomen", "Adviezen overgenomen",
            "Deel van de beantwoorde adviezen dat het college overnam, en het aantal per uitkomst.", Kind.RATIO),
    A5("adviezen_vroegtijdig", "Vroeg betrokken",
            "Deel van de gevraagde adviezen waarvoor de cliëntenraad vroeg of bij het concept betrokken werd.",
            Kind.RATIO),
    A6("faciliteiten", "Faciliteiten", "Per adviesorgaan: hoeveel van de 7 faciliteiten er zijn.", Kind.BODY_FACT),
    A7("evaluatie_achterstallig", "Evaluatie achterstallig",
            "Per adviesorgaan: 1 als verordening en werkafspraken langer dan 4 jaar niet zijn geëvalueerd.",
            Kind.BODY_FACT),
    A8("bezetting", "Bezetting", "Per adviesorgaan: bezette zetels van het totaal, en leden uit de bijstand.",
            Kind.BODY_RATIO),
    A9("adviezen_onbeantwoord_te_laat", "Adviezen te laat en onbeantwoord",
            "Adviezen waarvan de reactietermijn voorbij is zonder antwoord van het college.", Kind.COUNT);

    /** How a figure is computed, written and suppressed. */
    public enum Kind {
        /** A number of clients, contacts, complaints or advice: an integer; small counts are suppressed. */
        COUNT,
        /** teller / noemer as a fraction; no value when the noemer is 0; suppressed when the noemer is small. */
        RATIO,
        /** A median over the noemer observations, one decimal; suppressed when they are few. */
        MEDIAN,
        /** K2: teller x 1000 / noemer, one decimal. */
        RATE,
        /** A fact about an advisory body (present, facilities, evaluation): about no person, never suppressed. */
        BODY_FACT,
        /** A ratio about an advisory body's seats: written like a ratio, never suppressed. */
        BODY_RATIO;

        /** Whether the figure carries a teller and noemer and is written as a fraction. */
        public boolean isRatio() {
            return this == RATIO || this == BODY_RATIO || this == RATE;
        }

        /** Whether small numbers are suppressed in raad, public and cliëntenraad outputs. */
        public boolean suppressible() {
            return this != BODY_FACT && this != BODY_RATIO;
        }
    }

    /**
     * The norm a signal holds an indicator to (METRICS.md "Signals"): the signal's code, the norm in
     * words (a threshold from config/normen.yml is filled in where the text has %s) and where it comes from.
     */
    public record Norm(String signal, String norm, String source) {
    }

    private static final java.util.Map<Indicator, Norm> NORMS = java.util.Map.of(
            A0, new Norm("S1", "een cliëntenraad", "Ombudsman II.1; art. 47 Participatiewet"),
            K3, new Norm("S2", "minstens %s", "Awb 9:11"),
            K8, new Norm("S3", "0", "Ombudsman III.2"),
            A9, new Norm("S4", "0", "lokale verordening (art. 47 Participatiewet)"),
            A3, new Norm("S5", "minstens %s", "Ombudsman II.2"),
            C1, new Norm("S6", "minstens %s", "lokale norm; Ombudsman I.1"),
            A7, new Norm("S7", "evaluatie binnen %s jaar", "Ombudsman II.3"),
            K7, new Norm("S8", "0", "Awb 9:11"));

    private final String name;
    private final String label;
    private final String definition;
    private final Kind kind;

    Indicator(String name, String label, String definition, Kind kind) {
        this.name = name;
        this.label = label;
        this.definition = definition;
        this.kind = kind;
    }

    /** The norm a signal holds this indicator to, if one does. */
    public java.util.Optional<Norm> norm() {
        return java.util.Optional.ofNullable(NORMS.get(this));
    }

    public String code() {
        return name();
    }

    /** The short name of METRICS.md, for example {@code bereik_langdurig}. */
    public String technicalName() {
        return name;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the value is a share of a whole, shown to people as a percentage (C5, contacts per client, is not). */
    public boolean isShare() {
        return (kind == Kind.RATIO || kind == Kind.BODY_RATIO) && this != C5;
    }
}
