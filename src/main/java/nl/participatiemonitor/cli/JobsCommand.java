package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.schedule.Holidays;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.JobSchedule;
import nl.participatiemonitor.schedule.ScheduledWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobs}: the recurring jobs with their next fire times; trigger, pause and resume one. */
@Command(name = "jobs", description = "Toont de taken uit jobs/*.yml met hun volgende drie tijdstippen en of ze "
        + "gepauzeerd zijn. Controleert de bestanden en zet ze in de planner-opslag.",
        subcommands = {JobsCommand.Trigger.class, JobsCommand.Pause.class, JobsCommand.Resume.class})
class JobsCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z",
            java.util.Locale.forLanguageTag("nl-NL"));

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    private final ApplicationContextSource application;

    JobsCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            List<JobSchedule.State> states = session.bean(JobSchedule.class).states();
            if (states.isEmpty()) {
                out.println("Er zijn geen taken: zet een .yml per taak in de map jobs/ (pm.jobs-dir).");
            }
            for (JobSchedule.State state : states) {
                JobDefinition job = state.job();
                out.printf("%s  [%s]  %s%n", job.name(), state.paused() ? "GEPAUZEERD" : "actief", job.description());
                out.printf("  cron '%s' (%s)%s%n", job.cron(), job.zone(), job.holidays().skipsNothing() ? ""
                        : ", niet op " + holidays(job.holidays()));
                out.printf("  taak %s%s%n", job.task().word(), job.task().publishes()
                        ? ": periode " + job.period().word() + ", " + job.scope().describe() + ", doelgroepen "
                                + String.join(", ", new java.util.TreeSet<>(job.audiences())) + ", naar " + job.output()
                        : ": inbox " + job.inbox() + ", compleet na READY, of als twee verzamelingen met minstens "
                                + job.quietMinutes() + " minuten ertussen dezelfde bestanden zien");
                out.printf("  volgende: %s%n", state.paused() ? "geen (gepauzeerd)"
                        : state.nextFireTimes().stream().map(TIME::format).collect(Collectors.joining("; ")));
            }
            return Main.OK;
        }
    }

    /** The days a job skips, as {@code jobs} says them. */
    static String holidays(Holidays holidays) {
        String extra = holidays.extra().size() == 1 ? "1 eigen dag" : holidays.extra().size() + " eigen dagen";
        if (!holidays.national()) {
            return extra;
        }
        return "nationale feestdagen" + (holidays.extra().isEmpty() ? "" : " en " + extra);
    }

    /** {@code jobs trigger <name> [--period P]}: runs the job now, in this process. */
    @Command(name = "trigger", description = "Voert een taak nu uit, in dit proces, en wacht tot hij klaar is. Een "
            + "rapportage gaat over de periode die de taak noemt (t.o.v. vandaag) of over --period.")
    static class Trigger implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "<taak>")
        String name;

        @Option(names = "--period", description = "Periode: 2026, 2026-H2, 2026-Q3 of 2026-07.")
        String period;

        private final ApplicationContextSource application;

        Trigger(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            Period about = period == null ? null : Period.parse(period);
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContextSource.Session session = application.open()) {
                JobDefinition job = session.bean(JobSchedule.class).known(name);
                if (about != null && !job.task().publishes()) {
                    throw new IllegalArgumentException("Taak " + name + " is een inbox-import en heeft geen periode. / "
                            + "Job " + name + " imports an inbox and takes no period.");
                }
                ScheduledWork.Outcome outcome = session.bean(ScheduledWork.class).fire(job, session.bean(Clock.class).instant(), about,
                        Actor.of(jobs.main.as));
                return RunsCommand.report(out, outcome);
            }
        }
    }

    /** Pauses or resumes one job for every scheduler node. */
    abstract static class Switch implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "<taak>")
        String name;

        private final ApplicationContextSource application;

        Switch(ApplicationContextSource application) {
            this.application = application;
        }

        /** Switches the job; returns what to tell the controller. */
        abstract String apply(JobSchedule schedule);

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                spec.commandLine().getOut().println(apply(session.bean(JobSchedule.class)));
                return Main.OK;
            }
        }
    }

    /** {@code jobs pause <name>}. */
    @Command(name = "pause", description = "Pauzeert een taak: de planner voert haar niet uit tot 'jobs resume'.")
    static class Pause extends Switch {

        Pause(ApplicationContextSource application) {
            super(application);
        }

        @Override
        String apply(JobSchedule schedule) {
            schedule.pause(name);
            return "Taak " + name + " is gepauzeerd.";
        }
    }

    /** {@code jobs resume <name>}. */
    @Command(name = "resume", description = "Hervat een gepauzeerde taak. Is een tijdstip gemist, dan loopt ze één keer "
            + "meteen om in te halen.")
    static class Resume extends Switch {

        Resume(ApplicationContextSource application) {
            super(application);
        }

        @Override
        String apply(JobSchedule schedule) {
            schedule.resume(name);
            return "Taak " + name + " is hervat.";
        }
    }
}
