package nl.participatiemonitor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.participatiemonitor.system.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the audit trail's HMAC chain, kept outside the database so that someone with the database login
 * cannot recompute the chain after changing a row: {@code pm.audit-key} (or {@code PM_AUDIT_KEY}) when set,
 * else the file {@code pm.audit-key-file} (default {@code <data-dir>/audit.key}), created owner-only with a
 * random key the first time.
 */
@Component
class AuditKey {

    static final int MIN_LENGTH = 32;

    private final String configured;
    private final Path file;
    private final long unkeyedRows;
    private byte[] key;

    AuditKey(@Value("${pm.audit-key:}") String configured,
            @Value("${pm.audit-key-file:${pm.data-dir}/audit.key}") Path file,
            @Value("${pm.audit-unkeyed-rows:0}") long unkeyedRows) {
        this.unkeyedRows = unkeyedRows;
        if (!configured.isBlank() && configured.length() < MIN_LENGTH) {
            throw new IllegalStateException("pm.audit-key (PM_AUDIT_KEY) is " + configured.length()
                    + " characters long; use a random key of at least " + MIN_LENGTH + " characters.");
        }
        this.configured = configured;
        this.file = file;
    }

    /**
     * How many rows, from the first, were written before the chain was keyed and carry a plain SHA-256. The operator
     * sets it once after upgrading ({@code pm.audit-unkeyed-rows}); it lives outside the database, so an insider
     * cannot declare rewritten rows "unkeyed".
     */
    long unkeyedRows() {
        return unkeyedRows;
    }

    synchronized byte[] bytes() {
        if (key == null) {
            try {
                key = configured.isBlank() ? KeyFiles.readOrCreate(file) : configured.getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
            }
        }
        return key.clone();
    }
}
