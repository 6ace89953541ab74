package nl.participatiemonitor.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.participatiemonitor.system.Sha256;

/**
 * The SHA-256 that links an audit row to the one before it. Every field is written with its length in
 * front, so no two different rows can encode to the same text.
 */
final class ChainHash {

    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private ChainHash() {
    }

    static String of(String previousHash, long id, LocalDateTime when, String who, String action, String parameters,
            String result) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(id), MILLIS.format(when), who, action, parameters,
                result}) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        return Sha256.of(text.toString());
    }
}
