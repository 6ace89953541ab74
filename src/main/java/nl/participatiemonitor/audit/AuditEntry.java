package nl.participatiemonitor.audit;

import java.time.LocalDateTime;

/** One row of the audit trail: who did what, when (UTC), with which parameters, and what came of it. */
public record AuditEntry(long id, LocalDateTime when, String who, String action, String parameters, String result,
        String previousHash, String hash) {

    /**
     * The hash this row must carry: over the previous row's hash and every field of this row, keyed, or a plain
     * SHA-256 for the first {@code unkeyedRows} rows, written before the chain was keyed.
     */
    String expectedHash(byte[] key, long unkeyedRows) {
        return id <= unkeyedRows ? ChainHash.unkeyed(previousHash, id, when, who, action, parameters, result)
                : ChainHash.of(key, previousHash, id, when, who, action, parameters, result);
    }
}
