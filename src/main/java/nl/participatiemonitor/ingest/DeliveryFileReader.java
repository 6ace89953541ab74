package nl.participatiemonitor.ingest;

import java.util.List;
import nl.participatiemonitor.source.SourceRow;
import nl.participatiemonitor.source.TabularFiles;
import nl.participatiemonitor.source.TabularReader;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the rows of one delivered file. Restartable: the number of rows read is saved with each
 * committed chunk, and a restart reads and discards that many rows before going on. Reads nothing when
 * the delivery has no file for the step's entity. At the end of the file its hash is compared with the one taken
 * when the delivery was scanned: a file changed in between fails the import. Not thread-safe.
 */
class DeliveryFileReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final ImportFile file;
    private TabularReader rows;
    private long rowsRead;

    DeliveryFileReader(ImportFile file) {
        this.file = file;
        setName("rows");
    }

    /** The header of the open file; available once the step has opened the reader. */
    List<String> header() {
        return rows == null ? List.of() : rows.header();
    }

    @Override
    protected void doOpen() throws Exception {
        if (file != null) {
            rows = TabularFiles.open(file.path(), file.layout());
        }
    }

    /**
     * Rows read from the file, including those skipped over on a restart. (The base class's item count
     * also counts the final read that found no row.)
     */
    long rowsRead() {
        return rowsRead;
    }

    @Override
    protected SourceRow doRead() throws Exception {
        SourceRow row = rows == null ? null : rows.next();
        if (row != null) {
            rowsRead++;
        } else if (rows != null && !TabularFiles.sha256(file.path()).equals(file.sha256())) {
            // Read to the end: the rows imported must be the file that was scanned, not one a supplier is still writing.
            throw new FileChangedException(file.name());
        }
        return row;
    }

    @Override
    protected void doClose() throws Exception {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
