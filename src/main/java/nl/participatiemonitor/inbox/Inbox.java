package nl.participatiemonitor.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliveryRefusedException;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.ingest.DeliveryWithdrawal;
import nl.participatiemonitor.ingest.ImportFailedException;
import nl.participatiemonitor.system.NamedLocks;
import nl.participatiemonitor.system.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The inbox: suppliers put each delivery in {@code <inbox>/<source>/<delivery>/}. A delivery is taken once it is
 * complete: it has a {@code READY} file, or an earlier collection, at least the quiet period ago, saw exactly the same
 * files with the same sizes and times. It is imported, and moved to {@code <inbox>/archive/<source>/}; a refused or
 * held one goes to {@code <inbox>/failed/<source>/} with a {@code REASON.txt} in Dutch and English, and so does one
 * that fails for any other reason. A delivery whose import stopped on a technical error stays where it is and the
 * next collection continues it, up to {@link #MAX_ATTEMPTS} times. One collection per inbox at a time, on every
 * machine: a second one does nothing and says so.
 */
@Service
public class Inbox {

    public static final String ARCHIVE = "archive";
    public static final String FAILED = "failed";
    public static final String REASON = "REASON.txt";
    private static final Set<String> RESERVED = Set.of(ARCHIVE, FAILED);

    /** Imports of one delivery that may stop on an error before it is set aside in failed/. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final DeliveryImporter importer;
    private final DeliveryStore store;
    private final DeliveryWithdrawal withdrawal;
    private final InboxScans scans;
    private final NamedLocks locks;
    private final Clock clock;

    Inbox(DeliveryImporter importer, DeliveryStore store, DeliveryWithdrawal withdrawal, InboxScans scans,
            NamedLocks locks, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.withdrawal = withdrawal;
        this.scans = scans;
        this.locks = locks;
        this.clock = clock;
    }

    /** Thrown when another process (a scheduler node, a {@code jobs trigger}) is collecting from the same inbox. */
    public static class BusyException extends RuntimeException {
        BusyException(Path inbox) {
            super("Er verzamelt al een ander proces uit inbox " + inbox + "; deze verzameling doet niets. Wat die andere "
                    + "verzameling niet neemt, neemt de volgende. / Another process is collecting from inbox " + inbox
                    + " right now; this collection does nothing. What that one does not take, the next one will.");
        }
    }

    /**
     * Collects every complete delivery in {@code inbox}, sources and deliveries in name order.
     *
     * @throws BusyException when another collection of this inbox is running
     */
    public List<InboxDelivery> collect(Path inbox, Duration quietPeriod) throws IOException {
        List<InboxDelivery> results = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            log.info("Inbox {} does not exist; nothing to collect", inbox);
            return results;
        }
        Path root = inbox.toRealPath();
        String key = Sha256.of(root.toString());
        try (NamedLocks.Lock lock = locks.tryLock("inbox " + root).orElseThrow(() -> new BusyException(inbox))) {
            for (Path source : folders(inbox)) {
                String sourceName = source.getFileName().toString();
                if (RESERVED.contains(sourceName)) {
                    continue;
                }
                for (Path delivery : folders(source)) {
                    results.add(takeOrSetAside(inbox, key, sourceName, delivery, quietPeriod));
                }
            }
        }
        return results;
    }

    /** Takes one delivery; whatever goes wrong with it sends it to failed/ with the reason, and the collection goes on. */
    private InboxDelivery takeOrSetAside(Path inbox, String key, String source, Path delivery, Duration quietPeriod) {
        String name = delivery.getFileName().toString();
        try {
            return take(inbox, key, source, delivery, quietPeriod);
        } catch (IOException | RuntimeException e) {
            String dutch = "Deze levering kon niet worden verwerkt: " + describe(e) + ". Verhelp dit en lever opnieuw aan.";
            String english = "This delivery could not be processed: " + describe(e) + ". Fix this and deliver again.";
            log.warn("Inbox delivery {} could not be processed", delivery, e);
            try {
                moveToFailed(inbox, key, source, delivery, dutch, english);
            } catch (IOException | RuntimeException notMoved) {
                log.error("Inbox delivery {} could not be moved to {} either: {}", delivery, FAILED, notMoved.getMessage());
                return new InboxDelivery(source, name, null, InboxDelivery.Outcome.RETRY, 0, dutch);
            }
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, dutch);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "bestand niet gevonden (" + message + ")" : message;
    }

    private InboxDelivery take(Path inbox, String key, String source, Path delivery, Duration quietPeriod)
            throws IOException {
        String name = delivery.getFileName().toString();
        if (!complete(key, source, delivery, quietPeriod)) {
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.INCOMPLETE, 0,
                    "nog niet compleet (geen READY, en de bestanden zijn nog niet twee keer gelijk gezien met minstens "
                            + quietPeriod.toMinutes() + " minuten ertussen)");
        }
        DeliverySummary summary;
        boolean before;
        try {
            DeliveryImporter.Outcome outcome = importer.importFolder(delivery, source, null);
            summary = outcome.delivery();
            before = outcome.importedBefore();
        } catch (DeliveryRefusedException refused) {
            moveToFailed(inbox, key, source, delivery, refused.dutch(), refused.english());
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, refused.dutch());
        } catch (IllegalArgumentException unusable) {
            // The folder itself cannot be a delivery: no files, a bad period or source in levering.properties.
            moveToFailed(inbox, key, source, delivery, unusable.getMessage(), unusable.getMessage());
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, unusable.getMessage());
        } catch (ImportFailedException failed) {
            return retryOrGiveUp(inbox, key, source, delivery, failed);
        }
        long rows = before ? 0 : summary.imported();
        Reason reason = reason(summary);
        if (reason == null) {
            move(delivery, inbox.resolve(ARCHIVE).resolve(source));
            scans.forget(key, source, name);
            return new InboxDelivery(source, name, summary.id(), InboxDelivery.Outcome.ARCHIVED, rows,
                    before ? "was al geïmporteerd" : summary.status());
        }
        moveToFailed(inbox, key, source, delivery, reason.dutch(), reason.english());
        return new InboxDelivery(source, name, summary.id(), InboxDelivery.Outcome.FAILED, rows, reason.dutch());
    }

    /**
     * An import that stopped on an error stays for the next collection, which continues it; after
     * {@link #MAX_ATTEMPTS} the delivery is withdrawn (nothing of it counts), refused and set aside in failed/.
     */
    private InboxDelivery retryOrGiveUp(Path inbox, String key, String source, Path delivery, ImportFailedException failed)
            throws IOException {
        String name = delivery.getFileName().toString();
        int attempts = scans.failed(key, source, name, clock.instant());
        if (attempts < MAX_ATTEMPTS) {
            log.warn("Import of inbox delivery {} stopped (attempt {} of {}); it stays in the inbox and is continued next "
                    + "time", delivery, attempts, MAX_ATTEMPTS, failed);
            return new InboxDelivery(source, name, failed.deliveryId(), InboxDelivery.Outcome.RETRY, 0, failed.getMessage());
        }
        String dutch = "De import van deze levering is " + attempts + " keer afgebroken; wat ervan was ingelezen telt niet "
                + "mee. Laatste fout: " + failed.getMessage() + ". Neem contact op met de beheerder van Participatiemonitor.";
        String english = "The import of this delivery stopped " + attempts + " times; what had been read does not count. "
                + "Last error: " + failed.getMessage() + ". Contact the administrator of Participatiemonitor.";
        withdrawal.withdraw(failed.deliveryId());
        store.refuseUnfinished(failed.deliveryId(), null, dutch, english);
        moveToFailed(inbox, key, source, delivery, dutch, english);
        return new InboxDelivery(source, name, failed.deliveryId(), InboxDelivery.Outcome.FAILED, 0, dutch);
    }

    private record Reason(String dutch, String english) {
    }

    /** Why an imported delivery goes to failed/, or null when it was accepted whole. */
    private static Reason reason(DeliverySummary delivery) {
        String id = delivery.shortId();
        if (DeliveryStore.HELD.equals(delivery.status())) {
            String share = String.format(Locale.ROOT, "%.1f%%", delivery.maxRejectShare() * 100);
            return new Reason("Levering " + id + " is geblokkeerd: " + delivery.rejected() + " van " + delivery.read()
                    + " regels zijn afgewezen, meer dan " + share + ". De regels staan in de lijst van 'rejects " + id
                    + "'. Lever een verbeterde levering aan, of laat een beheerder haar accepteren met 'deliveries accept "
                    + id + " --reason ...'.",
                    "Delivery " + id + " is held: " + delivery.rejected() + " of " + delivery.read()
                    + " lines were rejected, more than " + share + ". See 'rejects " + id + "' for the lines. Send a "
                    + "corrected delivery, or have a controller accept it with 'deliveries accept " + id + " --reason ...'.");
        }
        List<DeliverySummary.FileSummary> refused = delivery.files().stream().filter(DeliverySummary.FileSummary::refused)
                .toList();
        if (DeliveryStore.REFUSED.equals(delivery.status()) || !refused.isEmpty()) {
            StringBuilder dutch = new StringBuilder("Levering " + id + (DeliveryStore.REFUSED.equals(delivery.status())
                    ? " is geweigerd; er is niets geïmporteerd." : " is deels geweigerd; de andere bestanden zijn geïmporteerd."));
            StringBuilder english = new StringBuilder("Delivery " + id + (DeliveryStore.REFUSED.equals(delivery.status())
                    ? " was refused; nothing was imported." : " was partly refused; the other files were imported."));
            for (DeliverySummary.FileSummary file : refused) {
                dutch.append("\n- ").append(file.name()).append(": ").append(file.message());
                english.append("\n- ").append(file.name()).append(": ").append(file.messageEnglish());
            }
            return new Reason(dutch.toString(), english.toString());
        }
        return null;
    }

    /**
     * Complete: a READY marker at its top, or the same files (paths, sizes, times) as seen by an earlier collection at
     * least {@code quietPeriod} ago. Times alone prove nothing: {@code sftp -p} and {@code rsync -t} keep old ones.
     */
    private boolean complete(String key, String source, Path delivery, Duration quietPeriod) throws IOException {
        if (Files.isRegularFile(delivery.resolve("READY"), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(delivery.resolve("ready"), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        StringBuilder listing = new StringBuilder();
        boolean anyFile = false;
        try (Stream<Path> entries = Files.walk(delivery)) {
            for (Path entry : entries.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                anyFile |= attributes.isRegularFile();
                listing.append(delivery.relativize(entry)).append('\t').append(attributes.size()).append('\t')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!anyFile) {
            return false;
        }
        Instant now = clock.instant();
        InboxScans.Scan scan = scans.see(key, source, delivery.getFileName().toString(), Sha256.of(listing.toString()), now);
        return scan.since().isBefore(now) && !scan.since().plus(quietPeriod).isAfter(now);
    }

    private void moveToFailed(Path inbox, String key, String source, Path delivery, String dutch, String english)
            throws IOException {
        Path moved = move(delivery, inbox.resolve(FAILED).resolve(source));
        scans.forget(key, source, delivery.getFileName().toString());
        Files.writeString(moved.resolve(REASON), "Waarom deze levering niet is verwerkt:\n" + dutch
                + "\n\nWhy this delivery was not processed:\n" + english + "\n", StandardCharsets.UTF_8);
        log.warn("Inbox delivery {} moved to {}: {}", delivery, moved, english);
    }

    /** Moves the folder into {@code target}, with a suffix when a folder of that name is already there. */
    private static Path move(Path delivery, Path target) throws IOException {
        Files.createDirectories(target);
        String name = delivery.getFileName().toString();
        Path destination = target.resolve(name);
        for (int n = 2; Files.exists(destination); n++) {
            destination = target.resolve(name + "-" + n);
        }
        return Files.move(delivery, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
