package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample raadsrapportages for tests, with the Dutch characters the font must print (ë, é, ï, û, â, €), suppressed
 * values in every chart, a number with a thousands separator and a trend with gaps.
 */
final class CouncilReports {

    /** The sample's fingerprint of its data. */
    static final String FINGERPRINT = "9f2c4e1ab07d5d3386e4c0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5";

    private CouncilReports() {
    }

    static CouncilReport sample() {
        return new CouncilReport("GM1900", "Súdwest-Fryslân", "2025-Q3", "VOORLOPIG", 1, LocalDate.of(2025, 10, 15),
                List.of(
                        new KeyFigure("K1", "Klachten ontvangen", "14", "9", "11",
                                "Meer klachten dan in de vorige periode."),
                        new KeyFigure("K3", "Klachten op tijd afgehandeld", "82%", "91%", "88%",
                                "Minder klachten op tijd afgehandeld dan de wet vraagt (Awb 9:11)."),
                        new KeyFigure("K8", "Klachten doorgestuurd zonder betrokkenheid gemeente", "<5", "0", "0",
                                "Een klacht ging naar de uitvoerder zonder dat de gemeente meekeek."),
                        new KeyFigure("A2", "Adviezen van de cliëntenraad op tijd beantwoord", ".", "75%", "80%",
                                "Te weinig adviezen voor een betrouwbaar cijfer; geïnde boetes tellen niet mee."),
                        new KeyFigure("C1", "Langdurige cliënten met persoonlijk contact", "64%", "66%", "71%",
                                "Iets minder dan vorige periode, en onder de norm van 75%.")),
                List.of(
                        new SignalLine("S2", "Van de afgehandelde klachten is 82% op tijd afgehandeld. "
                                + "De norm is minstens 90%.", "minstens 90%", "Awb 9:11"),
                        new SignalLine("S6", "Van de langdurige cliënten had 64% in het afgelopen jaar persoonlijk "
                                + "contact met de gemeente. De norm is minstens 75%.", "minstens 75%",
                                "lokale norm; Ombudsman I.1"),
                        new SignalLine("S3", "Een klacht over een terugvordering van € 1.250 is doorgestuurd zonder "
                                + "dat de gemeente meekeek. De norm is 0.", "0", "Ombudsman III.2")),
                complaints(), advice(), contact(), new Accountability(FINGERPRINT, 5, 10, 60, 4));
    }

    static ComplaintSection complaints() {
        return new ComplaintSection(
                List.of(
                        new KeyFigure("K1", "Klachten ontvangen", "14", "9", "11", "Klachten die binnenkwamen."),
                        new KeyFigure("K2", "Klachten per 1.000 cliënten", "11,2", "7,3", "9,0",
                                "Ontvangen klachten per 1.000 cliënten."),
                        new KeyFigure("K3", "Klachten op tijd afgehandeld", "82%", "91%", "88%",
                                "Binnen de wettelijke termijn (Awb 9:11)."),
                        new KeyFigure("K7", "Klachten open na de termijn", "<5", "0", "0",
                                "Nog niet afgehandeld terwijl de termijn voorbij was."),
                        new KeyFigure("K9", "Klachten bij de ombudsman", "0", "0", "0",
                                "Klachten die bij de ombudsman zijn ingediend.")),
                "11",
                List.of(new ChartPoint("uitkomst=GEGROND", "", "6", 6.0),
                        new ChartPoint("uitkomst=DEELS_GEGROND", "", "<5", null),
                        new ChartPoint("uitkomst=ONGEGROND", "", ".", null),
                        new ChartPoint("uitkomst=INGETROKKEN", "", "0", 0.0)),
                List.of(new ChartPoint("onderwerp=BEJEGENING", "", "7", 7.0),
                        new ChartPoint("onderwerp=BEREIKBAARHEID", "", "<5", null),
                        new ChartPoint("onderwerp=BETALING", "", ".", null),
                        new ChartPoint("onderwerp=MEDISCHE_BEPERKING", "", "0", 0.0),
                        new ChartPoint("onderwerp=OVERIG", "", "5", 5.0)),
                List.of(new ChartPoint("organisatie=GEMEENTE", "", "9", 9.0),
                        new ChartPoint("organisatie=UITV-1", "Werkbedrijf Súdwest BV", "5", 5.0)),
                trend("Klachten ontvangen", "Klachten op tijd afgehandeld",
                        new String[] {"7", "<5", "9", "14"}, new String[] {"90%", ".", "91%", "82%"}));
    }

    static AdviceSection advice() {
        return new AdviceSection(
                List.of(new BodyRow("AO-1", "Cliëntenraad Súdwest-Fryslân", "CLIENTENRAAD_PW", 5, false, 8, 9, "5"),
                        new BodyRow("ASD-1", "Adviesraad Sociaal Domein", "ADVIESRAAD_SD", 7, true, 11, 12, "0")),
                List.of(new KeyFigure("A0", "Cliëntenraad aanwezig", "ja", "ja", "ja", "Er is een cliëntenraad."),
                        new KeyFigure("A9", "Adviezen te laat en onbeantwoord", "0", "<5", "0",
                                "Reactietermijn voorbij zonder antwoord.")));
    }

    static ContactSection contact() {
        return new ContactSection(
                List.of(new KeyFigure("B1", "Cliënten met een uitkering", "1.250", "1.231", "1.180",
                                "Cliënten met een lopende uitkering."),
                        new KeyFigure("C1", "Langdurige cliënten met persoonlijk contact", "64%", "66%", "71%",
                                "Minstens één persoonlijk contact in 12 maanden.")),
                List.of(new ChartPoint("kanaal=KANTOOR", "", "1.312", 1312.0),
                        new ChartPoint("kanaal=TELEFOON", "", "845", 845.0),
                        new ChartPoint("kanaal=VIDEO", "", "<5", null),
                        new ChartPoint("kanaal=BRIEF", "", "0", 0.0)),
                trend("Langdurige cliënten met persoonlijk contact", "Langdurige cliënten zonder enig contact",
                        new String[] {"70%", "68%", ".", "64%"}, new String[] {"12%", "-", "14%", "15%"}));
    }

    /** A trend over 2024-Q4 to 2025-Q3; a value that is not a plain number (or %) is not plotted. */
    private static Trend trend(String first, String second, String[] firstShown, String[] secondShown) {
        String[] periods = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"};
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            rows.add(new TrendRow(periods[i], firstShown[i], plotted(firstShown[i]), secondShown[i],
                    plotted(secondShown[i])));
        }
        return new Trend(first, second, rows);
    }

    private static Double plotted(String shown) {
        String number = shown.replace("%", "").replace(".", "").replace(',', '.');
        return number.matches("[0-9]+(\\.[0-9]+)?") ? Double.valueOf(number) : null;
    }

    static CouncilReport definitiveWithoutSignals() {
        CouncilReport sample = sample();
        return new CouncilReport("GM0363", "Amsterdam", "2025-Q2", "DEFINITIEF", 2, LocalDate.of(2025, 9, 1),
                sample.keyFigures(), List.of(), sample.complaints(), sample.advice(), sample.contact(),
                sample.accountability());
    }

    static CouncilReport withSignal(SignalLine signal) {
        CouncilReport sample = sample();
        return new CouncilReport(sample.municipalityCode(), sample.municipalityName(), sample.period(),
                sample.status(), sample.revision(), sample.dataDate(), sample.keyFigures(), List.of(signal),
                sample.complaints(), sample.advice(), sample.contact(), sample.accountability());
    }

    /** The sample with nothing to draw and nothing to list: no complaints, no bodies, no contacts. */
    static CouncilReport empty() {
        CouncilReport sample = sample();
        Trend noTrend = new Trend("Klachten ontvangen", "Klachten op tijd afgehandeld",
                List.of(new TrendRow("2025-Q3", "0", 0.0, "-", null)));
        return new CouncilReport("GM0088", "Schiermonnikoog", sample.period(), sample.status(), sample.revision(),
                sample.dataDate(), sample.keyFigures(), List.of(),
                new ComplaintSection(sample.complaints().figures(), "0",
                        List.of(new ChartPoint("uitkomst=GEGROND", "", "0", 0.0)),
                        List.of(new ChartPoint("onderwerp=BEJEGENING", "", "0", 0.0),
                                new ChartPoint("onderwerp=BETALING", "", "<5", null)),
                        List.of(), noTrend),
                new AdviceSection(List.of(), sample.advice().figures()),
                new ContactSection(sample.contact().figures(), List.of(),
                        new Trend("Langdurige cliënten met persoonlijk contact",
                                "Langdurige cliënten zonder enig contact",
                                List.of(new TrendRow("2025-Q3", ".", null, ".", null)))),
                sample.accountability());
    }
}
