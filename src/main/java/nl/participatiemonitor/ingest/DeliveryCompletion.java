package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.util.List;
import nl.participatiemonitor.source.SourceDefinition;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Last step of an import: counts each file, checks the counts add up, and decides the delivery's status.
 * For a snapshot of a source it then withdraws the records the snapshot no longer holds.
 */
class DeliveryCompletion implements Tasklet {

    private final String deliveryId;
    private final DeliveryStore store;
    private final SnapshotWithdrawal withdrawal;
    private final LocalDate importDay;

    DeliveryCompletion(String deliveryId, DeliveryStore store, SnapshotWithdrawal withdrawal, LocalDate importDay) {
        this.deliveryId = deliveryId;
        this.store = store;
        this.withdrawal = withdrawal;
        this.importDay = importDay;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ImportFile> files = store.filesToImport(deliveryId);
        files.forEach(store::fileImported);
        store.complete(deliveryId);
        for (ImportFile file : files) {
            if (file.definition() != null && file.definition().mode() == SourceDefinition.Mode.SNAPSHOT) {
                DeliverySummary delivery = store.summary(deliveryId);
                withdrawal.afterSnapshot(file, delivery.period(), delivery.status(), importDay);
            }
        }
        return RepeatStatus.FINISHED;
    }
}
