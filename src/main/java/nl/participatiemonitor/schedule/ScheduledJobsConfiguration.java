package nl.participatiemonitor.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.participatiemonitor.inbox.Inbox;
import nl.participatiemonitor.inbox.InboxDelivery;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.ReportPublisher;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The Spring Batch jobs a scheduled firing becomes. A publication ({@code publicatie}) is identified by
 * the scheduled job and its period, so a second firing for the same period is a restart (after a
 * failure, from the failed step) or a no-op, never a second count; its steps compute the indicators,
 * then publish. An inbox collection ({@code inbox}) is identified by the job and the moment it fired:
 * each delivery it takes is itself imported once (DeliveryImporter), whatever the firing.
 */
@Configuration
class ScheduledJobsConfiguration {

    static final String PUBLICATION_JOB = "publicatie";
    static final String INBOX_JOB = "inbox";


    /** Identifying parameters. */
    static final String JOB = "taak";
    static final String PERIOD = "periode";
    static final String MOMENT = "moment";

    /** Non-identifying parameters: what the job file said when it first fired, kept for a restart. */
    static final String MUNICIPALITIES = "gemeenten";
    static final String GR = "gr";
    static final String OUTPUT = "uitvoer";
    static final String AUDIENCES = "doelgroepen";
    static final String WHO = "wie";
    static final String INBOX = "inbox";
    static final String QUIET_MINUTES = "stil_minuten";

    /** Key of the indicator run in the job's execution context, for the publication step (also on a restart). */
    static final String RUN_ID = "indicatorrun";
    static final String SCOPE_LABEL = "scope";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;

    ScheduledJobsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    @Bean
    Job scheduledPublication(IndicatorRunner indicators, PeriodPublication publication, JdbcTemplate jdbc) {
        return new JobBuilder(PUBLICATION_JOB, jobRepository)
                .start(step("indicatoren", (contribution, chunk) -> {
                    JobParameters parameters = parameters(chunk);
                    Period period = Period.parse(parameters.getString(PERIOD));
                    IndicatorRunner.RunSummary run = indicators.run(period, municipalities(parameters, period, jdbc));
                    ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
                    job.putLong(RUN_ID, run.runId());
                    job.putString(SCOPE_LABEL, run.scope().label());
                    contribution.incrementWriteCount(run.values());
                    return RepeatStatus.FINISHED;
                }))
                .next(step("rapporten", (contribution, chunk) -> {
                    JobParameters parameters = parameters(chunk);
                    ExecutionContext job = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
                    List<ReportPublisher.Published> published = publication.publish(parameters.getString(JOB),
                            parameters.getString(PERIOD), job.getLong(RUN_ID), job.getString(SCOPE_LABEL),
                            Path.of(parameters.getString(OUTPUT)), split(parameters.getString(AUDIENCES)),
                            parameters.getString(WHO));
                    contribution.incrementWriteCount(published.size());
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    @Bean
    Job inboxCollection(Inbox inbox) {
        return new JobBuilder(INBOX_JOB, jobRepository)
                .start(step("inbox", (contribution, chunk) -> {
                    JobParameters parameters = parameters(chunk);
                    List<InboxDelivery> taken;
                    try {
                        taken = inbox.collect(Path.of(parameters.getString(INBOX)),
                                Duration.ofMinutes(parameters.getLong(QUIET_MINUTES)));
                    } catch (Inbox.BusyException busy) {
                        contribution.setExitStatus(new ExitStatus(ScheduledWork.SKIPPED, busy.getMessage()));
                        return RepeatStatus.FINISHED;
                    }
                    taken.stream().filter(d -> d.outcome() != InboxDelivery.Outcome.INCOMPLETE)
                            .forEach(d -> contribution.incrementReadCount());
                    contribution.incrementWriteCount(taken.stream().mapToLong(InboxDelivery::rowsImported).sum());
                    chunk.getStepContext().getStepExecution().getExecutionContext().putString("leveringen",
                            String.join("\n", taken.stream().map(d -> d.source() + "/" + d.folder() + ": " + d.outcome()
                                    + " " + d.message()).toList()));
                    return RepeatStatus.FINISHED;
                }))
                .build();
    }

    /**
     * A step around work that itself launches Spring Batch jobs (the indicator run, a delivery import).
     * Those refuse to start inside a transaction, so this step runs without one; each launched job
     * keeps its own transactions and restart state.
     */
    private Step step(String name, Tasklet work) {
        DefaultTransactionAttribute noTransaction = new DefaultTransactionAttribute(
                TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return new StepBuilder(name, jobRepository).tasklet(work, transactionManager)
                .transactionAttribute(noTransaction).build();
    }

    private static JobParameters parameters(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobParameters();
    }

    /** The codes of the job's scope: a list, the GR's members during the period, or empty for all with data. */
    private static List<String> municipalities(JobParameters parameters, Period period, JdbcTemplate jdbc) {
        String gr = parameters.getString(GR);
        if (gr != null && !gr.isBlank()) {
            List<String> members = jdbc.queryForList("""
                    SELECT DISTINCT gemeente_code FROM gr_lidmaatschappen
                    WHERE actueel = 1 AND gr_code = ? AND geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)
                    ORDER BY gemeente_code""", String.class, gr, period.end(), period.start());
            if (members.isEmpty()) {
                throw new IllegalArgumentException("GR " + gr + " heeft volgens de leveringen geen leden in " + period.label()
                        + ". / GR " + gr + " has no members in " + period.label() + " according to the deliveries.");
            }
            return members;
        }
        return List.copyOf(split(parameters.getString(MUNICIPALITIES)));
    }

    static Set<String> split(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(list.split(",")));
    }
}
