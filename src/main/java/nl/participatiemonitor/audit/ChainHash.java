package nl.participatiemonitor.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.participatiemonitor.system.Sha256;

/**
 * The HMAC-SHA-256 that links an audit row to the one before it, keyed with the {@link AuditKey} kept outside
 * the database: with only the database login nobody can recompute the chain after changing a row (a plain
 * SHA-256 anyone can recompute with SQL's {@code SHA2}). Every field is written with its length in front, so
 * no two different rows can encode to the same text. Rows written before the chain was keyed keep their plain
 * SHA-256 ({@link #unkeyed}).
 */
final class ChainHash {

    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private ChainHash() {
    }

    static String of(byte[] key, String previousHash, long id, LocalDateTime when, String who, String action,
            String parameters, String result) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text(previousHash, id, when, who, action, parameters, result)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The plain SHA-256 of a row written before the chain was keyed. */
    static String unkeyed(String previousHash, long id, LocalDateTime when, String who, String action,
            String parameters, String result) {
        return Sha256.of(text(previousHash, id, when, who, action, parameters, result));
    }

    private static String text(String previousHash, long id, LocalDateTime when, String who, String action,
            String parameters, String result) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(id), MILLIS.format(when), who, action, parameters,
                result}) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        return text.toString();
    }
}
