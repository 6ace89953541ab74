package nl.participatiemonitor.mail;

import java.nio.file.Path;

/**
 * One e-mail to write into the outbox. {@code key} makes it once-only (a report revision and a subscriber, or an
 * event and a subscriber); {@code attachment} is an archived file, read and checked against its SHA-256 when sent.
 */
record Mail(String key, Kind kind, Long subscriptionId, String scope, String recipient, String subject, String text,
        String html, Attachment attachment) {

    /** A report announcement or a controller alert. */
    enum Kind {
        RAPPORT, MELDING
    }

    /** An archived file sent along: its name in the mail, where it lies and its SHA-256 from the manifest. */
    record Attachment(String name, Path path, String sha256) {
    }
}
