package nl.participatiemonitor.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.Calendar;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs of {@code jobs/*.yml} in the Quartz job store: installs them (a trigger whose schedule did
 * not change is left alone, so its pause and any catch-up after downtime survive), removes jobs whose
 * file is gone, pauses and resumes, and says when each fires next. Works on a scheduler in standby, so
 * ordinary commands change the store without firing anything.
 */
@Component
public class JobSchedule {

    static final String GROUP = "pm";

    private final QuartzScheduler quartz;
    private final JobCatalogue catalogue;
    private final TransactionTemplate transaction;
    private final Clock clock;

    JobSchedule(QuartzScheduler quartz, JobCatalogue catalogue, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.clock = clock;
        this.quartz = quartz;
        this.catalogue = catalogue;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A change of the job store. */
    @FunctionalInterface
    interface StoreChange {
        void apply(Scheduler scheduler) throws SchedulerException;
    }

    /**
     * Applies {@code change} in one database transaction. Quartz's row lock in QRTZ_LOCKS only holds inside a
     * transaction; without one, a pause could be overwritten by a node that fires the trigger at that moment.
     */
    void inTransaction(StoreChange change) {
        transaction.executeWithoutResult(status -> {
            try {
                change.apply(quartz.scheduler());
            } catch (SchedulerException e) {
                throw new IllegalStateException("The job store could not be updated: " + e.getMessage(), e);
            }
        });
    }

    /** One job as {@code jobs} shows it. */
    public record State(JobDefinition job, boolean paused, List<ZonedDateTime> nextFireTimes) {
    }

    /** Reads (and so validates) the job files and installs them into the store; returns them. */
    public List<JobDefinition> synchronise() {
        List<JobDefinition> jobs = catalogue.jobs();
        inTransaction(s -> install(s, jobs));
        return jobs;
    }

    public List<State> states() {
        List<State> states = new ArrayList<>();
        for (JobDefinition job : synchronise()) {
            states.add(new State(job, paused(job.name()), nextFireTimes(job, clock.instant(), 3)));
        }
        return states;
    }

    public JobDefinition pause(String name) {
        JobDefinition job = known(name);
        inTransaction(s -> s.pauseJob(JobKey.jobKey(name, GROUP)));
        return job;
    }

    public JobDefinition resume(String name) {
        JobDefinition job = known(name);
        inTransaction(s -> s.resumeJob(JobKey.jobKey(name, GROUP)));
        return job;
    }

    /** The job of that name in the job files (after installing them), or a message that names the known ones. */
    public JobDefinition known(String name) {
        List<JobDefinition> jobs = synchronise();
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Er is geen taak '" + name + "' in " + catalogue.folder()
                        + "; bekend: " + String.join(", ", jobs.stream().map(JobDefinition::name).toList())
                        + ". / No job '" + name + "' in " + catalogue.folder() + "."));
    }

    public boolean paused(String name) {
        try {
            return quartz.scheduler().getTriggerState(TriggerKey.triggerKey(name, GROUP)) == Trigger.TriggerState.PAUSED;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Makes the store hold exactly {@code jobs} on {@code scheduler} (any node of the cluster). A trigger is
     * replaced only when its cron expression, time zone or holidays changed; a replaced trigger keeps its pause.
     */
    static void install(Scheduler scheduler, List<JobDefinition> jobs) throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        for (JobDefinition job : jobs) {
            JobKey key = JobKey.jobKey(job.name(), GROUP);
            wanted.add(key);
            JobDetail detail = JobBuilder.newJob(ScheduledFiring.class).withIdentity(key)
                    .withDescription(clip(job.description()))
                    .usingJobData(ScheduledFiring.DEFINITION, DefinitionCodec.write(job))
                    .storeDurably().build();
            scheduler.addJob(detail, true);
            String calendarName = job.holidays().skipsNothing() ? null : "feestdagen-" + job.name();
            if (calendarName != null && !(scheduler.getCalendarNames().contains(calendarName)
                    && sameHolidays(scheduler.getCalendar(calendarName), job))) {
                scheduler.addCalendar(calendarName, holidays(job), true, true);
            }
            TriggerKey triggerKey = TriggerKey.triggerKey(job.name(), GROUP);
            Trigger existing = scheduler.getTrigger(triggerKey);
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
                    .withDescription(clip(job.description()))
                    .withSchedule(CronScheduleBuilder.cronSchedule(job.cron()).inTimeZone(TimeZone.getTimeZone(job.zone()))
                            // After downtime: fire once now to catch up, then on schedule again; never a burst.
                            .withMisfireHandlingInstructionFireAndProceed())
                    .modifiedByCalendar(calendarName).build();
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else if (!(existing instanceof CronTrigger cron) || !cron.getCronExpression().equals(job.cron())
                    || !cron.getTimeZone().getID().equals(job.zone().getId())
                    || !Objects.equals(existing.getCalendarName(), calendarName)) {
                boolean paused = scheduler.getTriggerState(triggerKey) == Trigger.TriggerState.PAUSED;
                scheduler.rescheduleJob(triggerKey, trigger);
                if (paused) {
                    scheduler.pauseTrigger(triggerKey);
                }
            }
        }
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(stored)) {
                scheduler.deleteJob(stored);
            }
        }
        Set<String> calendars = new HashSet<>(scheduler.getCalendarNames());
        for (JobDefinition job : jobs) {
            calendars.remove("feestdagen-" + job.name());
        }
        for (String unused : calendars) {
            if (unused.startsWith("feestdagen-")) {
                scheduler.deleteCalendar(unused);
            }
        }
    }

    /** The next {@code count} moments the job fires after {@code from}, skipping its holidays. */
    public static List<ZonedDateTime> nextFireTimes(JobDefinition job, Instant from, int count) {
        CronExpression cron;
        try {
            cron = new CronExpression(job.cron());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        cron.setTimeZone(TimeZone.getTimeZone(job.zone()));
        List<ZonedDateTime> times = new ArrayList<>();
        Date next = Date.from(from);
        while (times.size() < count && (next = cron.getNextValidTimeAfter(next)) != null) {
            ZonedDateTime time = next.toInstant().atZone(job.zone());
            if (!job.holidays().excludes(time.toLocalDate())) {
                times.add(time);
            }
        }
        return times;
    }

    private static HolidaysCalendar holidays(JobDefinition job) {
        HolidaysCalendar calendar = new HolidaysCalendar(job.holidays(), job.zone());
        calendar.setDescription("Feestdagen van " + job.name());
        return calendar;
    }

    private static boolean sameHolidays(Calendar stored, JobDefinition job) {
        return stored instanceof HolidaysCalendar holidays && holidays.isFor(job.holidays(), job.zone());
    }

    private static String clip(String text) {
        return Optional.ofNullable(text).map(t -> t.length() > 250 ? t.substring(0, 250) : t).orElse(null);
    }
}
