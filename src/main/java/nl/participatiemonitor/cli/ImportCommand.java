package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DatabaseSourceImporter;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.source.SourceDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import <folder>}: imports a delivery folder, or every delivery folder inside it, and accounts for
 * every line. {@code import --source <id> [<file or folder>]} imports a source described in
 * {@code config/sources/}: its file or folder, or for a database source what changed since its watermark.
 */
@Command(name = "import", description = {
        "Importeert een levering: de canonieke bestanden (<entiteit>.csv of .xlsx) in de map. Bevat de map alleen "
                + "submappen, dan wordt elke submap als levering geïmporteerd, op naam gesorteerd.",
        "Met --source <id> van een bron uit config/sources/: het bestand of de map van die bron, vertaald volgens de "
                + "brondefinitie; bij een databasebron zonder bestand: wat sinds het watermerk is gewijzigd.",
        "Exitcode 0 geaccepteerd, 2 geweigerd (een bestand onleesbaar), 3 geblokkeerd (te veel afgewezen regels)."})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<map>", arity = "0..1",
            description = "Map met de levering; bij een bron met brondefinitie ook één bestand; niet bij een databasebron.")
    Path folder;

    @Option(names = "--source", description = "Bron van de levering (anders uit levering.properties, standaard canoniek); "
            + "een bron met een definitie in config/sources/ wordt volgens die definitie vertaald.")
    String source;

    @Option(names = "--period", description = "Periode die de levering dekt, bv. 2026-Q3 (anders uit levering.properties).")
    String period;

    private final ApplicationContextSource application;

    ImportCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            DeliveryImporter importer = session.bean(DeliveryImporter.class);
            SourceDefinition definition = session.bean(SourceDefinitions.class).find(source).orElse(null);
            if (definition != null && definition.isJdbc()) {
                if (folder != null) {
                    throw new IllegalArgumentException("Bron " + source + " leest een database; laat het bestand weg: "
                            + "import --source " + source + ". / Source " + source + " reads a database; leave out the "
                            + "file: import --source " + source + ".");
                }
                DeliveryImporter.Outcome outcome = session.bean(DatabaseSourceImporter.class)
                        .importChanges(definition, period);
                DeliveryReport.print(out, outcome, session.bean(DeliveryStore.class));
                return DeliveryReport.exitCode(List.of(outcome));
            }
            if (folder == null) {
                throw new IllegalArgumentException("Geef de map (of bij een bron met brondefinitie het bestand) om te "
                        + "importeren. / Give the folder (or for a source with a definition the file) to import.");
            }
            if (definition == null && Files.isRegularFile(folder)) {
                if (source != null) {
                    importer.definition(source);
                }
                throw new IllegalArgumentException("Een los bestand kan alleen worden geïmporteerd voor een bron met een "
                        + "brondefinitie: import --source <id> " + folder + ". Een canonieke levering is een map. / A single "
                        + "file can only be imported for a source with a definition: import --source <id> " + folder
                        + ". A canonical delivery is a folder.");
            }
            List<DeliveryImporter.Outcome> outcomes = new ArrayList<>();
            for (Path delivery : definition != null && Files.isRegularFile(folder) ? List.of(folder) : deliveriesIn(folder)) {
                outcomes.add(definition != null ? importer.importSource(source, delivery, period)
                        : importer.importFolder(delivery, source, period));
                DeliveryReport.print(out, outcomes.get(outcomes.size() - 1), session.bean(DeliveryStore.class));
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
