package nl.participatiemonitor.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * Publishes a computed indicator run for a command ({@code run}, {@code report}, {@code demo}) as a Spring Batch run
 * ({@value #JOB_NAME}) under its lock, so a publication killed half-way shows in {@code runs} as interrupted and
 * {@code runs restart} publishes it again (the archive makes that safe: unchanged publications stay as they are).
 * A run is identified by what it publishes (period, indicator run, scope, output, audiences) and a repeat number:
 * asking again after an interruption continues the interrupted run, and asking again after it completed is the next
 * repeat, because publishing again must put back what was removed from the archive in between.
 */
@Service
public class PublicationRuns {

    /** The Spring Batch job name of a command's publication. */
    public static final String JOB_NAME = "publiceren";

    static final String PERIOD = "periode";
    static final String RUN = "indicatorrun";
    static final String SCOPE = "scope";
    static final String OUTPUT = "uitvoer";
    static final String AUDIENCES = "doelgroepen";
    static final String REPEAT = "herhaling";
    /** Non-identifying: the command, shown as the run's job in {@code runs}. */
    static final String COMMAND = "taak";

    private final ReportPublisher publisher;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JobLauncher jobLauncher;
    private final ExclusiveJobRuns exclusiveRuns;

    PublicationRuns(ReportPublisher publisher, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JobLauncher jobLauncher, ExclusiveJobRuns exclusiveRuns) {
        this.publisher = publisher;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jobLauncher = jobLauncher;
        this.exclusiveRuns = exclusiveRuns;
    }

    /** Publishes indicator run {@code runId} of {@code period} as {@link ReportPublisher#publish} does, for a command. */
    public List<ReportPublisher.Published> publish(String command, String period, long runId, String scopeLabel,
            Path output, Set<Audience> audiences) {
        for (long repeat = 1; ; repeat++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(PERIOD, period)
                    .addLong(RUN, runId)
                    .addString(SCOPE, scopeLabel)
                    .addString(OUTPUT, output.toString())
                    .addString(AUDIENCES, String.join(",", new TreeSet<>(audiences.stream().map(Enum::name).toList())))
                    .addLong(REPEAT, repeat)
                    .addString(COMMAND, command, false)
                    .toJobParameters();
            try {
                return launch(parameters);
            } catch (RepeatCompleted completed) {
                // this repeat was published before: the next one publishes again
            }
        }
    }

    /** The run with these parameters completed before. */
    private static final class RepeatCompleted extends RuntimeException {
        RepeatCompleted() {
            super(null, null, false, false);
        }
    }

    /** Runs an interrupted or failed publication again with its own parameters; returns its execution. */
    public JobExecution restart(JobParameters parameters) {
        try {
            return launch(parameters, new AtomicReference<>());
        } catch (RepeatCompleted completed) {
            throw new IllegalArgumentException("Deze publicatie is al voltooid; er is niets opnieuw gedaan. / This "
                    + "publication has already completed.");
        }
    }

    private List<ReportPublisher.Published> launch(JobParameters parameters) {
        AtomicReference<List<ReportPublisher.Published>> published = new AtomicReference<>();
        JobExecution execution = launch(parameters, published);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            for (Throwable failure : execution.getAllFailureExceptions()) {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
            }
            throw new IllegalStateException("De publicatie is afgebroken (run " + execution.getId() + "); zie 'runs show "
                    + execution.getId() + "'. / The publication stopped: " + execution.getAllFailureExceptions());
        }
        return published.get();
    }

    private JobExecution launch(JobParameters parameters, AtomicReference<List<ReportPublisher.Published>> published) {
        Job job = job(published);
        try {
            return exclusiveRuns.run(JOB_NAME, new JobParameters(parameters.getIdentifyingParameters()),
                    () -> jobLauncher.run(job, parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new RepeatCompleted();
        } catch (JobExecutionException e) {
            throw new IllegalStateException("The publication of " + parameters.getString(PERIOD) + " could not be started: "
                    + e.getMessage(), e);
        }
    }

    /** One step that publishes; it runs without a transaction around it, as rendering and copying files take long. */
    private Job job(AtomicReference<List<ReportPublisher.Published>> published) {
        DefaultTransactionAttribute noTransaction = new DefaultTransactionAttribute(
                TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder(JOB_NAME, jobRepository).tasklet((contribution, chunk) -> {
                    JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
                    Set<Audience> audiences = EnumSet.noneOf(Audience.class);
                    Arrays.stream(parameters.getString(AUDIENCES).split(",")).filter(a -> !a.isEmpty())
                            .map(Audience::valueOf).forEach(audiences::add);
                    List<ReportPublisher.Published> done = publisher.publish(parameters.getLong(RUN),
                            parameters.getString(SCOPE), Path.of(parameters.getString(OUTPUT)), audiences);
                    published.set(done);
                    contribution.incrementWriteCount(done.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager).transactionAttribute(noTransaction).build())
                .build();
    }
}
