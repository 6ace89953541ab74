package nl.participatiemonitor.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Service;

/**
 * Runs a job from {@code jobs/}: the same code for a firing of the scheduler, {@code jobs trigger} and
 * {@code runs restart}. The work becomes a Spring Batch run identified by the job and its period (an
 * inbox collection: the moment it fired); one process at a time per identity.
 */
@Service
public class ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

    /** The exit code of an inbox collection that did nothing because another one was running. */
    static final String SKIPPED = "OVERGESLAGEN";

    private final Job scheduledPublication;
    private final Job inboxCollection;
    private final JobLauncher jobLauncher;
    private final ExclusiveJobRuns exclusiveRuns;

    ScheduledWork(Job scheduledPublication, Job inboxCollection, JobLauncher jobLauncher, ExclusiveJobRuns exclusiveRuns) {
        this.scheduledPublication = scheduledPublication;
        this.inboxCollection = inboxCollection;
        this.jobLauncher = jobLauncher;
        this.exclusiveRuns = exclusiveRuns;
    }

    /** What a firing came to: the Spring Batch execution it ran, or that the period was already done. */
    public record Outcome(String job, String period, JobExecution execution, boolean alreadyDone) {

        public boolean failed() {
            return execution != null && execution.getStatus() != BatchStatus.COMPLETED;
        }

        /** An inbox collection that did nothing because another one of the same inbox was running. */
        public boolean skipped() {
            return execution != null && SKIPPED.equals(execution.getExitStatus().getExitCode());
        }
    }

    /**
     * Runs {@code job} as fired at {@code firedAt}; a publication is about {@code period}, or when that is
     * null the period the job names relative to the day it fired (in the job's time zone).
     */
    public Outcome fire(JobDefinition job, Instant firedAt, Period period, String who) {
        if (job.task() == Task.INBOX) {
            String moment = firedAt.truncatedTo(ChronoUnit.SECONDS).toString();
            JobParameters parameters = new JobParametersBuilder()
                    .addString(ScheduledJobsConfiguration.JOB, job.name())
                    .addString(ScheduledJobsConfiguration.MOMENT, moment)
                    .addString(ScheduledJobsConfiguration.INBOX, job.inbox(), false)
                    .addLong(ScheduledJobsConfiguration.QUIET_MINUTES, (long) job.quietMinutes(), false)
                    .addString(ScheduledJobsConfiguration.WHO, who, false)
                    .toJobParameters();
            return launch(inboxCollection, job.name(), moment, parameters);
        }
        Period about = period != null ? period : job.period().relativeTo(LocalDate.ofInstant(firedAt, job.zone()));
        JobParameters parameters = new JobParametersBuilder()
                .addString(ScheduledJobsConfiguration.JOB, job.name())
                .addString(ScheduledJobsConfiguration.PERIOD, about.label())
                .addString(ScheduledJobsConfiguration.MUNICIPALITIES, String.join(",", job.scope().municipalities()), false)
                .addString(ScheduledJobsConfiguration.GR, job.scope().gr() == null ? "" : job.scope().gr(), false)
                .addString(ScheduledJobsConfiguration.OUTPUT, job.output(), false)
                .addString(ScheduledJobsConfiguration.AUDIENCES, String.join(",", new TreeSet<>(job.audiences())), false)
                .addString(ScheduledJobsConfiguration.WHO, who, false)
                .toJobParameters();
        return launch(scheduledPublication, job.name(), about.label(), parameters);
    }

    /** Starts a stored run again with its own parameters: continues from its failed step. */
    public Outcome restart(String jobName, JobParameters parameters) {
        Job job = switch (jobName) {
            case ScheduledJobsConfiguration.PUBLICATION_JOB -> scheduledPublication;
            case ScheduledJobsConfiguration.INBOX_JOB -> inboxCollection;
            default -> throw new IllegalArgumentException("Not a scheduled job: " + jobName);
        };
        String about = parameters.getString(ScheduledJobsConfiguration.PERIOD,
                parameters.getString(ScheduledJobsConfiguration.MOMENT));
        return launch(job, parameters.getString(ScheduledJobsConfiguration.JOB), about, parameters);
    }

    private Outcome launch(Job job, String name, String about, JobParameters parameters) {
        try {
            JobExecution execution = exclusiveRuns.run(job.getName(), identity(parameters), () -> {
                log.info("Scheduled job {} for {} starts", name, about);
                return jobLauncher.run(job, parameters);
            });
            log.info("Scheduled job {} for {} ended {}", name, about, execution.getStatus());
            return new Outcome(name, about, execution, false);
        } catch (JobInstanceAlreadyCompleteException done) {
            log.info("Scheduled job {} for {} was already done; nothing to do", name, about);
            return new Outcome(name, about, null, true);
        } catch (JobExecutionException e) {
            throw new IllegalStateException("Job " + name + " for " + about + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Only the identifying parameters name the run (and its lock). */
    private static JobParameters identity(JobParameters parameters) {
        return new JobParameters(parameters.getIdentifyingParameters());
    }
}
