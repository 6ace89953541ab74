package nl.participatiemonitor.report;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the reports of a publication as they are archived: on a terminal a counter on standard error (as the bar of
 * the batch jobs), otherwise a log line at most every ten seconds, and one at the end.
 */
final class PublicationProgress {

    private static final Logger log = LoggerFactory.getLogger(PublicationProgress.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final PrintStream terminal;
    private final long started = System.nanoTime();
    /** The first report is shown at once. */
    private long lastShown = started - LOG_EVERY_NANOS;
    private int published;
    private int created;

    /** @param terminal where to draw, or null when not on a terminal (progress goes to the log) */
    PublicationProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    static PublicationProgress forThisProcess() {
        return new PublicationProgress(System.console() != null ? System.err : null);
    }

    synchronized void published(Audience audience, String scope, boolean isNew) {
        published++;
        created += isNew ? 1 : 0;
        long now = System.nanoTime();
        if (now - lastShown < (terminal != null ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        String line = String.format(DUTCH, "rapporten: %,d gepubliceerd (%,d nieuw of herzien), nu %s %s", published,
                created, audience.id(), scope);
        if (terminal != null) {
            terminal.print("\r\033[K" + line);
            terminal.flush();
        } else {
            log.info(line);
        }
    }

    synchronized void finished() {
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
        log.info("{} reports published ({} new or revised) in {} s", published, created,
                (System.nanoTime() - started) / 1_000_000_000L);
    }
}
