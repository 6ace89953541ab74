package nl.participatiemonitor.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The indicator job: one run per period, scope and inputs (the deliveries and norms it used), so a
 * second start for the same period and inputs is a restart or a no-op, and new deliveries give a new
 * run beside the old one. Steps read top to bottom; each first removes what it wrote before.
 */
@Configuration
class IndicatorJobConfiguration {

    static final String JOB_NAME = "indicatoren";
    static final String PERIOD = "periode";
    static final String SCOPE = "scope";
    static final String INPUTS = "invoer";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final RunStore runs;

    IndicatorJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunStore runs) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.runs = runs;
    }

    @Bean
    Job indicatorRun(IndicatorComputation computation, SignalsAndStatus signals, Clock clock) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step("contactgegevens", computation::contactData))
                .next(step("caseload_contact", computation::caseloadAndContact))
                .next(step("klachten", computation::complaints))
                .next(step("organen_adviezen", computation::bodiesAndAdvice))
                .next(step("adviezen", computation::advice))
                .next(step("groepsmedianen", computation::groupMedians))
                .next(new StepBuilder("signalen_status", jobRepository).tasklet((contribution, chunk) -> {
                    JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
                    signals.compute(runId(parameters), Period.parse(parameters.getString(PERIOD)), LocalDate.now(clock));
                    return RepeatStatus.FINISHED;
                }, transactionManager).build())
                .next(step("opruimen", computation::dropScratch))
                .build();
    }

    /** A step that runs one part of the computation for the job's run, in one transaction. */
    private Step step(String name, LongConsumer part) {
        return new StepBuilder(name, jobRepository).tasklet((contribution, chunk) -> {
            part.accept(runId(chunk.getStepContext().getStepExecution().getJobParameters()));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private long runId(JobParameters parameters) {
        return runs.find(parameters.getString(PERIOD), parameters.getString(SCOPE), parameters.getString(INPUTS))
                .orElseThrow(() -> new IllegalStateException("No indicator run for " + parameters));
    }
}
