package nl.participatiemonitor.ingest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * After a file's step has completed, records how many lines the reader read (across restarts). The
 * imported and rejected counts are taken from the database by {@link DeliveryCompletion}, which also
 * checks that the three add up.
 */
class FileCounts implements StepExecutionListener {

    private final ImportFile file;
    private final DeliveryFileReader reader;
    private final DeliveryStore store;

    FileCounts(ImportFile file, DeliveryFileReader reader, DeliveryStore store) {
        this.file = file;
        this.reader = reader;
        this.store = store;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (file != null && stepExecution.getStatus() == BatchStatus.COMPLETED) {
            store.fileRead(file.fileId(), reader.rowsRead());
        }
        return null;
    }
}
