package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.mail.OutboxSending;
import nl.participatiemonitor.schedule.JobDefinition;
import nl.participatiemonitor.schedule.JobSchedule;
import nl.participatiemonitor.schedule.Serving;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code serve}: the scheduler, long-running; stops cleanly on SIGTERM. */
@Command(name = "serve", description = {
        "Start de planner: leest jobs/*.yml, zet de taken in de Quartz-opslag in de database en voert ze uit op hun "
                + "tijd. Twee of meer 'serve'-processen op één database vormen een cluster: elke taak loopt één keer.",
        "Stopt netjes op SIGTERM (Ctrl-C): neemt geen nieuwe taken meer aan en maakt de lopende af."})
class ServeCommand implements Callable<Integer>, CommandAudit.SelfAudited {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--management-port", paramLabel = "<poort>", description = "Zet health (/actuator/health) en "
            + "metrics (/actuator/prometheus) aan op deze poort, alleen op 127.0.0.1. Standaard uit.")
    Integer managementPort;

    @Option(names = "--web-port", paramLabel = "<poort>", description = "Zet de webconsole aan op deze poort, op het "
            + "adres van pm.web.address (standaard 127.0.0.1; zet er een reverse proxy met TLS voor). Standaard uit.")
    Integer webPort;

    private final ApplicationContextSource application;

    ServeCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (webPort != null) {
            // The console (web package) runs on its own port; health and metrics never share it with the console.
            System.setProperty("spring.main.web-application-type", "servlet");
            System.setProperty("pm.web.port", webPort.toString());
            System.setProperty("server.port", webPort.toString());
            System.setProperty("management.server.port", managementPort == null ? "-1" : managementPort.toString());
            System.setProperty("management.server.address", "127.0.0.1");
        } else if (managementPort != null) {
            // Only serve runs a web server, and only for health and metrics on the loopback interface.
            System.setProperty("spring.main.web-application-type", "servlet");
            System.setProperty("server.port", managementPort.toString());
            System.setProperty("server.address", "127.0.0.1");
        }
        try (ApplicationContextSource.Session session = application.open()) {
            Serving serving = session.bean(Serving.class);
            List<JobDefinition> jobs = serving.serve(Actor.of(main.as));
            out.printf("Planner gestart met %d taken:%n", jobs.size());
            for (JobDefinition job : jobs) {
                out.printf("  %-28s volgende keer %s%n", job.name(), JobSchedule.nextFireTimes(job, session.bean(Clock.class).instant(), 1)
                        .stream().findFirst().map(JobsCommand.TIME::format).orElse("nooit"));
            }
            if (managementPort != null) {
                out.printf("Health: http://127.0.0.1:%d/actuator/health, metrics: http://127.0.0.1:%d/actuator/prometheus%n",
                        managementPort, managementPort);
            }
            // The e-mail outbox is sent continuously while serving (what other commands could not send, too).
            session.bean(OutboxSending.class).start();
            if (webPort != null) {
                out.printf("Webconsole: http://%s:%d/%n", session.bean(Environment.class).getProperty("pm.web.address",
                        "127.0.0.1"), webPort);
            }
            out.println("Stop met Ctrl-C of SIGTERM.");
            out.flush();
            serving.awaitStop();
            out.println("Planner gestopt.");
            return Main.OK;
        }
    }
}
