package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.generate.DeliveryGenerator;
import nl.participatiemonitor.generate.GenerationSummary;
import nl.participatiemonitor.generate.GeneratorSettings;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.report.Audience;
import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code demo}: generates demo deliveries for about a dozen municipalities and imports them. */
@Command(name = "demo", description = "Maakt demo-leveringen voor 12 gemeenten (tot en met vandaag), importeert ze in "
        + "de database en berekent de indicatoren van het laatste volledige kwartaal.")
class DemoCommand implements Callable<Integer> {

    static final int MUNICIPALITIES = 12;
    static final int CLIENTS = 6000;
    static final long SEED = 2026;

    @Spec
    CommandSpec spec;

    private final ApplicationContextSource application;

    DemoCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            Environment environment = session.bean(Environment.class);
            Path folder = Path.of(environment.getProperty("pm.data-dir", "data"), "demo", "leveringen");
            // The demo's own folder: written afresh each run. Unchanged files give the same deliveries,
            // which the import recognises and leaves alone.
            FileSystemUtils.deleteRecursively(folder);
            LocalDate today = LocalDate.now(session.bean(Clock.class));
            GenerationSummary generated = new DeliveryGenerator().generate(
                    new GeneratorSettings(folder, MUNICIPALITIES, CLIENTS, SEED, today));
            out.printf("Demo: %d leveringen gemaakt in %s.%n", generated.deliveries().size(), folder);
            DeliveryImporter importer = session.bean(DeliveryImporter.class);
            List<DeliveryImporter.Outcome> outcomes = new ArrayList<>();
            for (Path delivery : ImportCommand.deliveriesIn(folder)) {
                DeliveryImporter.Outcome outcome = importer.importFolder(delivery, null, null);
                outcomes.add(outcome);
                DeliveryReport.print(out, outcome);
            }
            long read = outcomes.stream().mapToLong(o -> o.delivery().read()).sum();
            long imported = outcomes.stream().mapToLong(o -> o.delivery().imported()).sum();
            long rejected = outcomes.stream().mapToLong(o -> o.delivery().rejected()).sum();
            out.printf("%nKlaar: %d leveringen, %d regels gelezen, %d geïmporteerd, %d afgewezen.%n", outcomes.size(), read,
                    imported, rejected);
            Period quarter = Period.lastComplete(PeriodKind.QUARTER, today);
            out.println();
            Path output = Path.of(environment.getProperty("pm.output-dir", "out"));
            RunCommand.compute("demo", session, quarter, List.of(), output, RunCommand.defaultAudiences(quarter), out);
            // The Awb 9:12a overview covers a calendar year: the last complete one.
            out.println();
            RunCommand.compute("demo", session, Period.lastComplete(PeriodKind.YEAR, today), List.of(), output,
                    EnumSet.of(Audience.JAAROVERZICHT), out);
            out.println("Volgende stappen:");
            out.println("  java -jar target/participatiemonitor.jar import <map>        een eigen levering importeren");
            out.println("  java -jar target/participatiemonitor.jar rejects <levering>  afgewezen regels van een levering");
            out.println("  java -jar target/participatiemonitor.jar run --period 2026-Q2     indicatoren en rapportages van een periode");
            out.println("  java -jar target/participatiemonitor.jar report --period 2026-Q2 --audience toezicht  één soort rapportage");
            out.println("  java -jar target/participatiemonitor.jar --help              alle opdrachten");
            return DeliveryReport.exitCode(outcomes);
        }
    }
}
