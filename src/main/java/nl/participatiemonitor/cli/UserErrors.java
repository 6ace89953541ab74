package nl.participatiemonitor.cli;

import nl.participatiemonitor.ingest.DeliveryRefusedException;
import nl.participatiemonitor.ingest.ImportFailedException;
import nl.participatiemonitor.metrics.UnfinishedDeliveriesException;
import nl.participatiemonitor.source.SourceUnavailableException;
import nl.participatiemonitor.system.DatabaseMigrations;
import nl.participatiemonitor.system.ExclusiveJobRuns;

/** Turns what went wrong into one clear message; only bugs get a stack trace. */
final class UserErrors {

    private UserErrors() {
    }

    static String describe(Throwable e) {
        if (e instanceof DeliveryRefusedException refused) {
            return "Geweigerd: " + refused.dutch() + "\nRefused: " + refused.english();
        }
        if (e instanceof SourceUnavailableException unavailable) {
            return "Bron niet gelezen: " + unavailable.dutch() + "\nSource not read: " + unavailable.english();
        }
        if (e instanceof ImportFailedException failed) {
            return "De import is afgebroken; wat al was vastgelegd blijft staan. Los de oorzaak op en start dezelfde "
                    + "import opnieuw: hij gaat verder waar hij stopte.\n" + failed.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof ExclusiveJobRuns.AlreadyRunningException
                || e instanceof UnfinishedDeliveriesException || e instanceof DatabaseMigrations.NotMigratedException) {
            return e.getMessage();
        }
        return "Onverwachte fout / unexpected error: " + e;
    }

    static boolean isBug(Throwable e) {
        return !(e instanceof DeliveryRefusedException || e instanceof IllegalArgumentException
                || e instanceof ImportFailedException || e instanceof ExclusiveJobRuns.AlreadyRunningException
                || e instanceof SourceUnavailableException || e instanceof UnfinishedDeliveriesException
                || e instanceof DatabaseMigrations.NotMigratedException);
    }
}
