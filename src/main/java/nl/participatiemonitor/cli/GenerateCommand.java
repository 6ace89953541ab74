package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.participatiemonitor.generate.DeliveryGenerator;
import nl.participatiemonitor.generate.GenerationSummary;
import nl.participatiemonitor.generate.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes synthetic canonical deliveries, from a demo to the national size. Needs no database. */
@Command(name = "generate", description = "Schrijft synthetische leveringen in het canonieke formaat: per bron een map, "
        + "op naam gesorteerd in de volgorde waarin ze geïmporteerd moeten worden. Zelfde instellingen, zelfde bestanden.")
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Map waarin de leveringen komen.")
    Path out;

    @Option(names = "--municipalities", defaultValue = "12", description = "Aantal gemeenten, 1 tot 342 (standaard ${DEFAULT-VALUE}).")
    int municipalities;

    @Option(names = "--clients", defaultValue = "6000", description = "Totaal aantal cliënten, minstens 20 per gemeente (standaard ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seed", defaultValue = "2026", description = "Startwaarde van het toeval (standaard ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", description = "Laatste datum in de gegevens, jjjj-mm-dd (standaard vandaag).")
    LocalDate until;

    private final ApplicationContextSource application;

    GenerateCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate lastDay = until != null ? until : LocalDate.now(application.clock());
        GenerationSummary summary = new DeliveryGenerator().generate(
                new GeneratorSettings(out, municipalities, clients, seed, lastDay));
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("%d leveringen geschreven in %s (gegevens tot en met %s).%n", summary.deliveries().size(), out,
                lastDay);
        summary.rowsPerEntity().forEach((entity, rows) -> writer.printf("  %-22s %,d regels%n", entity, rows));
        writer.printf("Importeer ze met: java -jar target/participatiemonitor.jar import %s%n", out);
        return Main.OK;
    }
}
