package nl.participatiemonitor.metrics.expectations;

import static nl.participatiemonitor.metrics.expectations.MetricsFixtures.PERIOD;

import java.nio.file.Path;
import nl.participatiemonitor.ingest.DeliveryImporter;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports one hand-built fixture, runs the indicators the way a user does and compares indicatoren.csv,
 * open-data.csv and signalen.csv with figures computed by hand from METRICS.md. Subclasses give the
 * fixture and the expectations, each with its derivation.
 */
abstract class HandComputedExpectations {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path output;

    /** The fixture folder under src/test/resources/deliveries/metrics. */
    abstract String fixture();

    /** The municipalities the run covers. */
    abstract String[] municipalities();

    /** Every figure of indicatoren.csv, with its derivation. */
    abstract void expectedFigures(Figures f);

    /** What open-data.csv and signalen.csv show. */
    abstract void expectedPublication(Figures f, Signals signals, SoftAssertions softly);

    @Test
    void indicatorenCsvHoldsTheHandComputedFigures() {
        IndicatorCsv csv = importAndRun("indicatoren.csv");
        csv.assertHeaderIsTheSpecs();

        SoftAssertions.assertSoftly(softly -> expectedFigures(new Figures(csv, PERIOD, softly)));
    }

    @Test
    void openDataSuppressesSmallFiguresAndSignalsNameTheirNorms() {
        IndicatorCsv openData = importAndRun("open-data.csv");
        openData.assertHeaderIsTheSpecs();
        Signals signals = Signals.read(MetricsFixtures.outputFile(output, "signalen.csv"));

        SoftAssertions.assertSoftly(softly ->
                expectedPublication(new Figures(openData, PERIOD, softly), signals, softly));
    }

    private IndicatorCsv importAndRun(String file) {
        MetricsFixtures.importWithoutRejects(importer, jdbc, fixture());
        MetricsFixtures.runIndicators(context, output, municipalities());
        return IndicatorCsv.read(MetricsFixtures.outputFile(output, file));
    }
}
