package nl.participatiemonitor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.participatiemonitor.system.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pseudonymisation key: {@code pm.pseudonym-key} (or {@code PM_PSEUDONYM_KEY}) when configured.
 * Without one, a random demo key is created once, owner-only, and kept in the data folder, so demo pseudonyms stay
 * stable between runs; a delivery with real BSNs is never pseudonymised with such a key.
 */
@Component
public class PseudonymKey {

    static final int MIN_LENGTH = 32;

    private final String configured;
    private final Path demoKeyFile;

    PseudonymKey(@Value("${pm.pseudonym-key:}") String configured, @Value("${pm.data-dir}") Path dataDir) {
        if (!configured.isBlank() && configured.length() < MIN_LENGTH) {
            throw new IllegalStateException("pm.pseudonym-key (PM_PSEUDONYM_KEY) is " + configured.length()
                    + " characters long; use a random key of at least " + MIN_LENGTH + " characters.");
        }
        this.configured = configured;
        this.demoKeyFile = dataDir.resolve("pseudonym-demo.key");
    }

    /** Whether an operator configured the key (as opposed to the demo key in the data folder). */
    public boolean isConfigured() {
        return !configured.isBlank();
    }

    byte[] bytes() {
        return isConfigured() ? configured.getBytes(StandardCharsets.UTF_8) : demoKey();
    }

    private synchronized byte[] demoKey() {
        try {
            return KeyFiles.readOrCreate(demoKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo pseudonym key " + demoKeyFile, e);
        }
    }
}
