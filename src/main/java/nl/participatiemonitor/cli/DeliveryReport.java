package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.ingest.DeliverySummary;

/** Prints what became of a delivery: one line per file, then where the rejected lines can be read. */
final class DeliveryReport {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DeliveryReport() {
    }

    static void print(PrintWriter out, DeliveryImporter.Outcome outcome, DeliveryStore store) {
        print(out, outcome);
        long withdrawn = store.withdrawn(outcome.delivery().id());
        if (withdrawn > 0) {
            out.printf("Snapshot: %d record(s) niet meer geleverd, gemarkeerd als ingetrokken / withdrawn%n", withdrawn);
        }
    }

    static void print(PrintWriter out, DeliveryImporter.Outcome outcome) {
        DeliverySummary delivery = outcome.delivery();
        out.printf("Levering %s (bron %s%s) uit %s: %s%s%n", delivery.shortId(), delivery.source(),
                delivery.period() == null ? "" : ", periode " + delivery.period(), delivery.folder(),
                delivery.shownStatus(), outcome.importedBefore() ? " (was al geïmporteerd; niets gewijzigd)" : "");
        for (DeliverySummary.FileSummary file : delivery.files()) {
            if (file.refused()) {
                out.printf("%s: refused: %s / %s%n", file.name(), file.message(), file.messageEnglish());
                continue;
            }
            out.printf("%s: %d read, %d imported, %d rejected%n", file.name(), file.read(), file.imported(),
                    file.rejected());
            if (file.ignoredColumns() != null) {
                out.printf("  kolommen genegeerd / ignored columns: %s%n", file.ignoredColumns());
            }
        }
        if (DeliveryStore.HELD.equals(delivery.status())) {
            out.printf(DUTCH, "Geblokkeerd: %d van %d regels afgewezen, meer dan %.1f%%. Rapportages over deze periode worden "
                    + "niet gepubliceerd tot de levering is vervangen of geaccepteerd.%n",
                    delivery.rejected(), delivery.read(), delivery.maxRejectShare() * 100);
        }
        if (delivery.rejected() > 0) {
            out.printf("Afgewezen regels / rejected lines: java -jar target/participatiemonitor.jar rejects %s%n",
                    delivery.shortId());
        }
    }

    /** 2 when any file was refused, else 3 when any delivery is held, else 0. */
    static int exitCode(List<DeliveryImporter.Outcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.delivery().anyFileRefused())) {
            return Main.REFUSED;
        }
        if (outcomes.stream().anyMatch(o -> DeliveryStore.HELD.equals(o.delivery().status()))) {
            return Main.HELD;
        }
        return Main.OK;
    }
}
