package nl.participatiemonitor.schedule;

import java.time.Instant;
import nl.participatiemonitor.audit.Actor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job behind every trigger: reads the job's definition from the trigger's job data and
 * hands it to {@link ScheduledWork}. Never two at once for the same job, on any node of the cluster.
 */
@DisallowConcurrentExecution
public class ScheduledFiring implements Job {

    static final String DEFINITION = "definitie";

    private static final Logger log = LoggerFactory.getLogger(ScheduledFiring.class);

    private final ScheduledWork work;

    public ScheduledFiring(ScheduledWork work) {
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDefinition job = DefinitionCodec.read(context.getMergedJobDataMap().getString(DEFINITION));
        Instant scheduled = context.getScheduledFireTime().toInstant();
        try {
            ScheduledWork.Outcome outcome = work.fire(job, scheduled, null, Actor.scheduler(job.name()));
            context.setResult(outcome);
            if (outcome.failed()) {
                log.warn("Scheduled job {} for {} failed; see 'runs --failed' and restart it with 'runs restart {}'",
                        job.name(), outcome.period(), outcome.execution().getId());
            }
        } catch (RuntimeException e) {
            log.error("Scheduled job {} could not run: {}", job.name(), e.getMessage(), e);
            throw new JobExecutionException(e, false);
        }
    }
}
