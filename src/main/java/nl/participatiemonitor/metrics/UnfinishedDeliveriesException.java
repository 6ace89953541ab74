package nl.participatiemonitor.metrics;

import java.util.List;

/**
 * Refuses an indicator run while a delivery is still being imported or stopped halfway (status BEZIG): part of its
 * records would count and part not, and a report would show figures no source ever delivered.
 */
public class UnfinishedDeliveriesException extends IllegalStateException {

    UnfinishedDeliveriesException(List<String> deliveries) {
        super("De indicatoren worden niet berekend: levering " + String.join(", ", deliveries) + " is nog niet "
                + "volledig geïmporteerd (status BEZIG). Wacht tot een lopende import klaar is, of maak een afgebroken "
                + "import af door dezelfde levering opnieuw te importeren (of wijs haar af met 'deliveries reject'); "
                + "start daarna de berekening opnieuw. / The indicators are not computed: delivery "
                + String.join(", ", deliveries) + " has not been imported completely (status BEZIG). Wait for a "
                + "running import to finish, or finish a stopped one by importing the same delivery again (or reject "
                + "it with 'deliveries reject'); then start the computation again.");
    }
}
