package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.ingest.DeliverySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rejects <delivery>}: the rejected lines of a delivery with file, line, column, value and reason. */
@Command(name = "rejects", description = "Toont de afgewezen regels van een levering: bestand, regel, kolom, waarde en reden.")
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            DeliveryStore store = session.bean(DeliveryStore.class);
            DeliverySummary summary = store.find(delivery).orElseThrow(() -> new IllegalArgumentException(
                    "Geen levering gevonden met id " + delivery + ". Gebruik het id dat import toonde (8 tekens of meer)."));
            List<DeliveryStore.RejectedLine> rejects = store.rejects(summary.id());
            out.printf("Levering %s (bron %s): %d regels afgewezen van %d gelezen%n", summary.shortId(), summary.source(),
                    summary.rejected(), summary.read());
            out.println("bestand;regel;kolom;waarde;reden");
            for (DeliveryStore.RejectedLine line : rejects) {
                out.printf("%s;%d;%s;%s;%s%n", line.file(), line.line(), nullToEmpty(line.column()),
                        nullToEmpty(line.value()), english ? line.reasonEnglish() : line.reason());
            }
            return Main.OK;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
