package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import <folder>}: imports a delivery folder, or every delivery folder inside it, and accounts for every line. */
@Command(name = "import", description = {
        "Importeert een levering: de canonieke bestanden (<entiteit>.csv of .xlsx) in de map. Bevat de map alleen "
                + "submappen, dan wordt elke submap als levering geïmporteerd, op naam gesorteerd.",
        "Exitcode 0 geaccepteerd, 2 geweigerd (een bestand onleesbaar), 3 geblokkeerd (te veel afgewezen regels)."})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<map>", description = "Map met de levering.")
    Path folder;

    @Option(names = "--source", description = "Bron van de levering (anders uit levering.properties, standaard canoniek).")
    String source;

    @Option(names = "--period", description = "Periode die de levering dekt, bv. 2026-Q3 (anders uit levering.properties).")
    String period;

    private final ApplicationContextSource application;

    ImportCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> deliveries = deliveriesIn(folder);
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            DeliveryImporter importer = session.bean(DeliveryImporter.class);
            List<DeliveryImporter.Outcome> outcomes = new ArrayList<>();
            for (Path delivery : deliveries) {
                outcomes.add(importer.importFolder(delivery, source, period));
                DeliveryReport.print(out, outcomes.get(outcomes.size() - 1));
            }
            return DeliveryReport.exitCode(outcomes);
        }
    }

    /** The folder itself, or, when it holds only folders, each of them in name order. */
    static List<Path> deliveriesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Map " + folder + " bestaat niet. / Folder " + folder + " does not exist.");
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> entries = children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            boolean onlyFolders = !entries.isEmpty() && entries.stream().allMatch(Files::isDirectory);
            return onlyFolders ? entries : List.of(folder);
        }
    }
}
