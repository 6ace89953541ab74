package nl.participatiemonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.system.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import nl.participatiemonitor.ingest.DeliverySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rejects <delivery>}: the rejected lines of a delivery with file, line, column, value and reason. */
@Command(name = "rejects", description = "Toont de afgewezen regels van een levering als CSV (;): bestand, regel, kolom, "
        + "waarde en reden. Een regel met meer fouten staat er met elke fout.")
class RejectsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<levering>", description = "Id van de levering (de eerste 8 of meer tekens zijn genoeg).")
    String delivery;

    @Option(names = "--english", description = "Redenen in het Engels.")
    boolean english;

    private final ApplicationContextSource application;

    RejectsCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            DeliveryStore store = session.bean(DeliveryStore.class);
            DeliverySummary summary = store.find(delivery).orElseThrow(() -> new IllegalArgumentException(
                    "Geen levering gevonden met id " + delivery + ". Gebruik het id dat import toonde (8 tekens of meer)."));
            out.printf("Levering %s (bron %s): %d regels afgewezen van %d gelezen%n", summary.shortId(), summary.source(),
                    summary.rejected(), summary.read());
            CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator('\n')
                    .setHeader("bestand", "regel", "kolom", "waarde", "reden").get().print(out);
            store.rejects(summary.id(), line -> {
                try {
                    csv.printRecord(FormulaGuard.csv(line.file(), line.line(), line.column(), line.value(),
                            english ? line.reasonEnglish() : line.reason()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            csv.flush();
            return Main.OK;
        }
    }
}
