package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the reports read of a run: figures as the raad may see them, over the period and the ones before. */
@IntegrationTest
class RunFiguresTest {

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    RunFigures figures;

    @Test
    void aMunicipalitysFiguresAreSuppressedForTheRaadOverNinePeriods() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        long run = runner.run(Period.parse("2026-Q3"), List.of()).runId();

        List<ShownFigure> gm0014 = figures.figures(run, "GM0014");

        assertThat(gm0014.stream().map(ShownFigure::period).distinct().toList())
                .hasSize(9).first().isEqualTo("2024-Q3");
        ShownFigure k1 = gm0014.stream().filter(f -> f.period().equals("2026-Q3") && f.indicator() == Indicator.K1
                && f.dimension().isEmpty()).findFirst().orElseThrow();
        // Two complaints: the raad sees '<5', the exact value stays available for the reviewer.
        assertThat(k1.value()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(k1.shown()).isEqualTo("<5");
        assertThat(k1.suppressed()).isTrue();
        ShownFigure c1 = gm0014.stream().filter(f -> f.period().equals("2026-Q3") && f.indicator() == Indicator.C1)
                .findFirst().orElseThrow();
        assertThat(c1.shown()).as("1 of 2 long-term clients: noemer below 10").isEqualTo(".");
        assertThat(c1.shownTeller()).isEqualTo(".");
        assertThat(figures.status(run, "GM0014")).isEqualTo("VOORLOPIG");
        assertThat(figures.municipalityName("GM0014")).isEqualTo("Groningen");
        // K1 is '<5' in all three municipalities of the group: no median; A0 is never suppressed.
        assertThat(figures.groupMedians(run, "2026-Q3", "GM0014")).containsKey("A0").doesNotContainKey("K1");
        assertThat(figures.signals(run, "GM0037")).extracting(Signal::code).contains("S1", "S3");
    }
}
