package nl.participatiemonitor.ingest;

import java.time.Clock;
import java.time.LocalDate;
import nl.participatiemonitor.source.SourceRow;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: one run per delivery (identified by its content hash), in steps that read top to
 * bottom: inspect every file, then one chunk step per canonical entity in dependency order, then add
 * up and decide the delivery's status. Each entity step streams its file through
 * {@link DeliveryFileReader} -> {@link RowCheckProcessor} -> {@link VersionWriter}; a failed run
 * restarted with the same delivery continues after its last committed chunk.
 */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
class ImportJobConfiguration {

    static final String JOB_NAME = "import";
    static final String DELIVERY = "levering";

    @Bean
    Job deliveryImport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportProperties properties, Step deliveryInspection, Step deliveryCompletion,
            DeliveryFileReader deliveryFileReader, RowCheckProcessor rowCheckProcessor, VersionWriter versionWriter,
            FileCounts fileCounts) {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(deliveryInspection);
        for (CanonicalEntity entity : CanonicalEntity.values()) {
            job.next(new StepBuilder(entity.fileName(), jobRepository)
                    .<SourceRow, CheckedRow>chunk(properties.chunkSize(), transactionManager)
                    .reader(deliveryFileReader)
                    .processor(rowCheckProcessor)
                    .writer(versionWriter)
                    .listener(fileCounts)
                    .build());
        }
        return job.next(deliveryCompletion).build();
    }

    @Bean
    Step deliveryInspection(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FileInspection fileInspection) {
        return new StepBuilder("inspectie", jobRepository).tasklet(fileInspection, transactionManager).build();
    }

    @Bean
    Step deliveryCompletion(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliveryCompletion completion) {
        return new StepBuilder("afronding", jobRepository).tasklet(completion, transactionManager).build();
    }

    @Bean
    @StepScope
    FileInspection fileInspection(@Value("#{jobParameters['" + DELIVERY + "']}") String deliveryId,
            DeliveryStore store, ImportProperties properties) {
        return new FileInspection(deliveryId, store, properties);
    }

    @Bean
    @StepScope
    DeliveryCompletion completion(@Value("#{jobParameters['" + DELIVERY + "']}") String deliveryId,
            DeliveryStore store, JdbcTemplate jdbc, Clock clock) {
        return new DeliveryCompletion(deliveryId, store, new SnapshotWithdrawal(jdbc), LocalDate.now(clock));
    }

    @Bean
    @StepScope
    DeliveryFileReader deliveryFileReader(@Value("#{stepExecution}") StepExecution step, DeliveryStore store) {
        return new DeliveryFileReader(fileOf(step, store));
    }

    @Bean
    @StepScope
    RowCheckProcessor rowCheckProcessor(@Value("#{stepExecution}") StepExecution step, DeliveryStore store,
            DeliveryFileReader deliveryFileReader, JdbcTemplate jdbc, PseudonymKey key, ImportProperties properties,
            Clock clock) {
        return new RowCheckProcessor(fileOf(step, store), deliveryFileReader, () -> ReferenceData.load(jdbc), key,
                new RowValidator.Dates(properties.earliestDate(), LocalDate.now(clock)));
    }

    @Bean
    @StepScope
    VersionWriter versionWriter(@Value("#{stepExecution}") StepExecution step, DeliveryStore store, JdbcTemplate jdbc) {
        return new VersionWriter(fileOf(step, store), jdbc);
    }

    @Bean
    @StepScope
    FileCounts fileCounts(@Value("#{stepExecution}") StepExecution step, DeliveryStore store,
            DeliveryFileReader deliveryFileReader) {
        return new FileCounts(fileOf(step, store), deliveryFileReader, store);
    }

    /** The file the entity step named after it works on, or null when the delivery has none. */
    private static ImportFile fileOf(StepExecution step, DeliveryStore store) {
        CanonicalEntity entity = CanonicalEntity.forFileName(step.getStepName()).orElseThrow();
        String deliveryId = step.getJobParameters().getString(DELIVERY);
        return store.fileToImport(deliveryId, entity).orElse(null);
    }
}
