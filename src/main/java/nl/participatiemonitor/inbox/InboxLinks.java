package nl.participatiemonitor.inbox;

import java.io.IOException;
import java.nio.file.Path;
import nl.participatiemonitor.system.SafePaths;

/**
 * Which inbox folders the inbox must leave alone: a delivery or source folder that is a symbolic link (or
 * whose real path lies outside the inbox), or an archive/failed folder that is one. Moving such a folder,
 * or writing REASON.txt into it, would act on whatever the link points at (the archive's VERTROUWELIJK
 * dossiers, say), so it is neither imported nor moved; a delivery that merely holds a link is refused by
 * {@link nl.participatiemonitor.ingest.DeliveryFolder} and moved to failed/ like any refused one.
 */
final class InboxLinks {

    private InboxLinks() {
    }

    /** Why the inbox leaves {@code delivery} where it is, or null when it may take it. */
    static String leftAlone(Path inbox, String source, Path delivery) throws IOException {
        for (Path folder : new Path[] {delivery, inbox.resolve(Inbox.ARCHIVE).resolve(source),
                inbox.resolve(Inbox.FAILED).resolve(source)}) {
            if (SafePaths.escapes(inbox, folder)) {
                return "niet verwerkt: " + inbox.relativize(folder) + " is een snelkoppeling (symbolische link) of ligt "
                        + "buiten de inbox; verwijder de link en lever de map zelf aan / not processed: "
                        + inbox.relativize(folder) + " is a symbolic link or lies outside the inbox; remove the link and "
                        + "deliver the folder itself";
            }
        }
        return null;
    }
}
