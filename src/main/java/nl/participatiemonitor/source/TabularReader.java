package nl.participatiemonitor.source;

import java.io.IOException;
import java.util.List;

/**
 * Streams the records of one delivery file in constant memory.
 *
 * <p>Reading is deterministic: opening the same file again and calling {@link #next()} n times
 * always yields the same n records, so a restarted import can skip the rows it already processed.
 * Readers are not thread-safe.
 */
public interface TabularReader extends AutoCloseable {

    /** The header names as in the file, trimmed, without a byte order mark. */
    List<String> header();

    /**
     * The next record, or null at the end. Completely empty lines (and in XLSX rows whose cells are
     * all blank) are skipped; a line of only delimiters is a record with all values empty.
     */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;
}
