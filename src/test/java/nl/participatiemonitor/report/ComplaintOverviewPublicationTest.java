package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Awb 9:12a jaaroverzichten of {@link RegionFixture}'s 2025: one per municipality and one for GR-NOORD, with the
 * written complaints each bestuursorgaan handled; a complaint handled by the GR is in the GR's overview only.
 */
@IntegrationTest
class ComplaintOverviewPublicationTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path delivery;

    @TempDir
    Path output;

    @TempDir
    Path again;

    @Test
    void publishesOneOverviewPerBestuursorgaan() throws Exception {
        importer.importFolder(RegionFixture.write(delivery), null, null);
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2025"), List.of());

        List<ReportPublisher.Published> published = publisher.publish(run.runId(), run.scope().label(), output,
                EnumSet.of(Audience.JAAROVERZICHT));

        assertThat(published).extracting(ReportPublisher.Published::scope).containsExactly("indicatoren-ALLE",
                "VERTROUWELIJK-indicatoren-ALLE", "jaaroverzicht-GM0014", "jaaroverzicht-GM0034", "jaaroverzicht-GM0037", "jaaroverzicht-GR-NOORD");

        // Groningen's own written complaints: G1..G12. Received 12; BEJEGENING 10 is hidden (.) beside BETALING 2
        // (<5), else 12 - 10 would give it away. Handled 11: GEGROND 5, ONGEGROND 6; on time 10 of 11 (G11 was late).
        // Open on 31 December: G12 (<5). G13 and G14, handled by the GR, are not Groningen's: INFORMATIE is 0.
        assertThat(lines("GM0014")).containsExactly(
                "bestuursorgaan;naam;soort;jaar;onderdeel;categorie;waarde;onderdrukt",
                "GM0014;Groningen;GEMEENTE;2025;ontvangen;totaal;12;N",
                "GM0014;Groningen;GEMEENTE;2025;afgehandeld;totaal;11;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;BEJEGENING;.;J",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;BEREIKBAARHEID;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;INFORMATIE;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;BEGELEIDING_WERK;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;MEDISCHE_BEPERKING;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;HANDHAVING;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;VERGOEDINGEN;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;BETALING;<5;J",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;KLACHTBEHANDELING;0;N",
                "GM0014;Groningen;GEMEENTE;2025;onderwerp;OVERIG;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;GEGROND;5;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;DEELS_GEGROND;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;ONGEGROND;6;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;GEEN_OORDEEL;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;INFORMEEL_OPGELOST;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;NIET_IN_BEHANDELING;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;DOORGEZONDEN;0;N",
                "GM0014;Groningen;GEMEENTE;2025;uitkomst;INGETROKKEN;0;N",
                "GM0014;Groningen;GEMEENTE;2025;op_tijd;binnen_termijn;10;N",
                "GM0014;Groningen;GEMEENTE;2025;op_tijd;termijn_van_toepassing;11;N",
                "GM0014;Groningen;GEMEENTE;2025;op_tijd;aandeel;0.909091;N",
                "GM0014;Groningen;GEMEENTE;2025;open_einde_jaar;totaal;<5;J");
        // GR-NOORD: G13, G14 (Groningen) and A1..A5 (Almere). INFORMATIE 2 (<5) takes BETALING 5 with it; GEGROND 1
        // (<5) takes ONGEGROND 5 with it. On time: 5 of 6, too few for a share.
        assertThat(lines("GR-NOORD")).contains(
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;ontvangen;totaal;7;N",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;afgehandeld;totaal;6;N",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;onderwerp;INFORMATIE;<5;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;onderwerp;BETALING;.;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;uitkomst;GEGROND;<5;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;uitkomst;ONGEGROND;.;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;op_tijd;binnen_termijn;.;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;op_tijd;aandeel;.;J",
                "GR-NOORD;GR Werk en Inkomen Noord;GR;2025;open_einde_jaar;totaal;<5;J");
        // Almere: A6 only, handled by the executing company on Almere's behalf.
        assertThat(lines("GM0034")).contains("GM0034;Almere;GEMEENTE;2025;ontvangen;totaal;<5;J",
                "GM0034;Almere;GEMEENTE;2025;onderwerp;BETALING;0;N",
                "GM0034;Almere;GEMEENTE;2025;op_tijd;aandeel;.;J");
        assertThat(lines("GM0037")).contains("GM0037;Stadskanaal;GEMEENTE;2025;ontvangen;totaal;0;N",
                "GM0037;Stadskanaal;GEMEENTE;2025;op_tijd;aandeel;-;N");

        Path groningen = output.resolve("2025/jaaroverzicht-GM0014/r1/jaaroverzicht-klachten-GM0014-2025.pdf");
        assertThat(RegionFixture.text(groningen)).contains("Jaaroverzicht klachten 2025", "Groningen",
                "Gemeente, code GM0014", "artikel 9:12a", "behalve de klachten die een gemeenschappelijke regeling "
                        + "behandelde",
                "Klachten ontvangen Schriftelijke klachten die dit jaar binnenkwamen. 12",
                "Op tijd afgehandeld Deel van de afgehandelde klachten waarvoor de termijn geldt, dat binnen de "
                        + "termijn is afgehandeld. 91% (10 van 11)",
                "Bejegening Hoe een medewerker met iemand omging .", "Betaling Te laat of verkeerd betaald <5",
                "Informatie Niet goed geïnformeerd of niet betrokken 0", "Gegrond De klacht klopte 5");
        Path gr = output.resolve("2025/jaaroverzicht-GR-NOORD/r1/jaaroverzicht-klachten-GR-NOORD-2025.pdf");
        assertThat(RegionFixture.text(gr)).contains("GR Werk en Inkomen Noord",
                "Voor de gemeenten: Almere en Groningen",
                "Gemeenschappelijke regeling, code "
                + "GR-NOORD", "Informatie Niet goed geïnformeerd of niet betrokken <5");
        assertThat(RegionFixture.pdfA2aFailures(groningen)).isEmpty();
        assertThat(RegionFixture.pdfA2aFailures(gr)).isEmpty();

        publisher.publish(run.runId(), run.scope().label(), again, EnumSet.of(Audience.JAAROVERZICHT));
        for (String file : List.of("jaaroverzicht-GR-NOORD/r1/jaaroverzicht-klachten-GR-NOORD-2025.pdf",
                "jaaroverzicht-GR-NOORD/r1/jaaroverzicht-klachten-GR-NOORD-2025.csv")) {
            assertThat(RegionFixture.sha256(again.resolve("2025").resolve(file)))
                    .isEqualTo(RegionFixture.sha256(output.resolve("2025").resolve(file)));
        }
    }

    @Test
    void aQuarterHasNoJaaroverzicht() throws Exception {
        importer.importFolder(RegionFixture.write(delivery), null, null);
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2025-Q3"), List.of());

        assertThat(publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.JAAROVERZICHT)))
                .extracting(ReportPublisher.Published::scope).containsExactly("indicatoren-ALLE",
                        "VERTROUWELIJK-indicatoren-ALLE");
    }

    @Test
    void aSelectionOfMunicipalitiesHasNoGrOverview() throws Exception {
        importer.importFolder(RegionFixture.write(delivery), null, null);
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2025"), List.of("GM0014"));

        // GR-NOORD also handles Almere's complaints: without Almere in the run its overview would be incomplete.
        assertThat(publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.JAAROVERZICHT)))
                .extracting(ReportPublisher.Published::scope).containsExactly("indicatoren-GM0014",
                        "VERTROUWELIJK-indicatoren-GM0014", "jaaroverzicht-GM0014");
        assertThat(lines("GM0014")).contains("GM0014;Groningen;GEMEENTE;2025;ontvangen;totaal;12;N");
    }

    private List<String> lines(String code) throws Exception {
        return Files.readAllLines(output.resolve("2025/jaaroverzicht-" + code + "/r1/jaaroverzicht-klachten-" + code
                + "-2025.csv"), StandardCharsets.UTF_8);
    }
}
