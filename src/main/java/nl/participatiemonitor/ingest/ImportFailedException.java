package nl.participatiemonitor.ingest;

import java.util.stream.Collectors;
import org.springframework.batch.core.JobExecution;

/**
 * An import run that stopped on an error (a bug, or the database going away). What it committed
 * stays; importing the same delivery again continues after the last committed chunk.
 */
public class ImportFailedException extends RuntimeException {

    private final String deliveryId;

    ImportFailedException(String deliveryId, JobExecution run) {
        super("Import of delivery " + deliveryId.substring(0, 12) + " stopped with status " + run.getStatus() + ": "
                + run.getAllFailureExceptions().stream().map(Throwable::getMessage).collect(Collectors.joining("; ")));
        this.deliveryId = deliveryId;
    }

    public String deliveryId() {
        return deliveryId;
    }
}
