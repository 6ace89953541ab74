package nl.participatiemonitor.report.pdf;

import java.time.LocalDate;
import java.util.List;

/** Sample raadsrapportages for tests, with the Dutch characters the font must print (ë, é, ï, û, â, €). */
final class CouncilReports {

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
                                + "dat de gemeente meekeek. De norm is 0.", "0", "Ombudsman III.2")));
    }

    static CouncilReport definitiveWithoutSignals() {
        CouncilReport sample = sample();
        return new CouncilReport("GM0363", "Amsterdam", "2025-Q2", "DEFINITIEF", 2, LocalDate.of(2025, 9, 1),
                sample.keyFigures(), List.of());
    }

    static CouncilReport withSignal(SignalLine signal) {
        CouncilReport sample = sample();
        return new CouncilReport(sample.municipalityCode(), sample.municipalityName(), sample.period(),
                sample.status(), sample.revision(), sample.dataDate(), sample.keyFigures(), List.of(signal));
    }
}
