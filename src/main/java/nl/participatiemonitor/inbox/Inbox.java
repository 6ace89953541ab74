package nl.participatiemonitor.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import nl.participatiemonitor.ingest.ImportFailedException;
import nl.participatiemonitor.system.SafePaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The inbox: suppliers put each delivery in {@code <inbox>/<source>/<delivery>/}. A delivery is taken
 * once it is complete (a {@code READY} file, or nothing in it changed for the quiet period), imported,
 * and moved to {@code <inbox>/archive/<source>/}; a refused or held one goes to
 * {@code <inbox>/failed/<source>/} with a {@code REASON.txt} in Dutch and English. A delivery whose
 * import stopped on a technical error stays where it is, and the next collection continues it.
 */
@Service
public class Inbox {

    public static final String ARCHIVE = "archive";
    public static final String FAILED = "failed";
    public static final String REASON = "REASON.txt";
    private static final Set<String> RESERVED = Set.of(ARCHIVE, FAILED);

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final DeliveryImporter importer;
    private final Clock clock;

    Inbox(DeliveryImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** Collects every complete delivery in {@code inbox}, sources and deliveries in name order. */
    public List<InboxDelivery> collect(Path inbox, Duration quietPeriod) throws IOException {
        List<InboxDelivery> results = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            log.info("Inbox {} does not exist; nothing to collect", inbox);
            return results;
        }
        for (Path source : folders(inbox)) {
            String sourceName = source.getFileName().toString();
            if (RESERVED.contains(sourceName)) {
                continue;
            }
            for (Path delivery : folders(source)) {
                results.add(take(inbox, sourceName, delivery, quietPeriod));
            }
        }
        return results;
    }

    private InboxDelivery take(Path inbox, String source, Path delivery, Duration quietPeriod) throws IOException {
        String name = delivery.getFileName().toString();
        String linked = InboxLinks.leftAlone(inbox, source, delivery);
        if (linked != null) {
            log.warn("Inbox delivery {} left alone: {}", delivery, linked);
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, linked);
        }
        if (!complete(delivery, quietPeriod)) {
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.INCOMPLETE, 0,
                    "nog niet compleet (geen READY en minder dan " + quietPeriod.toMinutes() + " minuten ongewijzigd)");
        }
        DeliverySummary summary;
        boolean before;
        try {
            DeliveryImporter.Outcome outcome = importer.importFolder(delivery, source, null);
            summary = outcome.delivery();
            before = outcome.importedBefore();
        } catch (DeliveryRefusedException refused) {
            moveToFailed(inbox, source, delivery, refused.dutch(), refused.english());
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, refused.dutch());
        } catch (IllegalArgumentException unusable) {
            // The folder itself cannot be a delivery: no files, a bad period or source in levering.properties.
            moveToFailed(inbox, source, delivery, unusable.getMessage(), unusable.getMessage());
            return new InboxDelivery(source, name, null, InboxDelivery.Outcome.FAILED, 0, unusable.getMessage());
        } catch (ImportFailedException failed) {
            log.warn("Import of inbox delivery {} stopped; it stays in the inbox and is continued next time", delivery,
                    failed);
            return new InboxDelivery(source, name, failed.deliveryId(), InboxDelivery.Outcome.RETRY, 0,
                    failed.getMessage());
        }
        long rows = before ? 0 : summary.imported();
        Reason reason = reason(summary);
        if (reason == null) {
            move(delivery, inbox.resolve(ARCHIVE).resolve(source));
            return new InboxDelivery(source, name, summary.id(), InboxDelivery.Outcome.ARCHIVED, rows,
                    before ? "was al geïmporteerd" : summary.status());
        }
        moveToFailed(inbox, source, delivery, reason.dutch(), reason.english());
        return new InboxDelivery(source, name, summary.id(), InboxDelivery.Outcome.FAILED, rows, reason.dutch());
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

    /** Complete: a READY marker, or no file in the folder changed during the quiet period. */
    private boolean complete(Path delivery, Duration quietPeriod) throws IOException {
        Instant lastChange;
        try (Stream<Path> files = Files.walk(delivery)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(p -> p.getFileName().toString().equalsIgnoreCase("READY") && Files.isRegularFile(p))) {
                return true;
            }
            if (all.stream().noneMatch(Files::isRegularFile)) {
                return false;
            }
            lastChange = Instant.MIN;
            for (Path file : all) {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                lastChange = modified.isAfter(lastChange) ? modified : lastChange;
            }
        }
        return !lastChange.plus(quietPeriod).isAfter(Instant.now(clock));
    }

    private void moveToFailed(Path inbox, String source, Path delivery, String dutch, String english) throws IOException {
        Path moved = move(delivery, inbox.resolve(FAILED).resolve(source));
        SafePaths.writeNew(moved, REASON, "Waarom deze levering niet is verwerkt:\n" + dutch
                + "\n\nWhy this delivery was not processed:\n" + english + "\n");
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
