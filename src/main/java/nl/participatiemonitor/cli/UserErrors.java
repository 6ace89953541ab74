package nl.participatiemonitor.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
        if (e instanceof FileSystemException unreadable) {
            String reason = unreadable instanceof AccessDeniedException ? "geen toegang / access denied"
                    : unreadable instanceof NoSuchFileException ? "bestaat niet / does not exist"
                    : String.valueOf(unreadable.getReason());
            return "Kan " + unreadable.getFile() + " niet lezen (" + reason + "). Controleer het pad en de rechten van "
                    + "de gebruiker waaronder de opdracht draait en probeer het opnieuw. / Cannot read "
                    + unreadable.getFile() + " (" + reason + "). Check the path and the permissions of the user the "
                    + "command runs as, and try again.";
        }
        return "Onverwachte fout / unexpected error: " + e;
    }

    static boolean isBug(Throwable e) {
        return !(e instanceof DeliveryRefusedException || e instanceof IllegalArgumentException
                || e instanceof FileSystemException
                || e instanceof ImportFailedException || e instanceof ExclusiveJobRuns.AlreadyRunningException
                || e instanceof SourceUnavailableException || e instanceof UnfinishedDeliveriesException
                || e instanceof DatabaseMigrations.NotMigratedException);
    }
}
