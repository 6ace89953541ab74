package nl.participatiemonitor.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client identifier or BSN into its pseudonym: HMAC-SHA-256 with the configured key, as
 * lower-case hex. The same identifier gets the same pseudonym in every delivery and source, and
 * without the key nobody can go back. Not thread-safe: one instance per reader thread.
 */
final class Pseudonymiser {

    private final Mac mac;

    Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
        }
    }

    String pseudonym(String identifier) {
        return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    }

    /** How a pseudonym appears where people read it (reject list): short, and clearly not an id. */
    static String shown(String pseudonym) {
        return "pseudoniem " + pseudonym.substring(0, 12);
    }
}
