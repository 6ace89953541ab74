package nl.participatiemonitor.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.participatiemonitor.ingest.DeliveryCompleted;
import nl.participatiemonitor.ingest.DeliveryStore;
import nl.participatiemonitor.ingest.DeliverySummary;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.Signal;
import nl.participatiemonitor.report.ReportsPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts for the controllers subscribed to a scope: a delivery held or refused (with the reason and the command to
 * decide), a run that failed (the error in plain words and how to restart it), and an expected source that is late
 * (signal S9). One e-mail per event and subscription, written in the transaction that records the event where there
 * is one, and at most {@code pm.mail.alerts-per-hour} per subscription (the rest is listed by {@code mail outbox}).
 */
@Component
class ControllerAlerts {

    private static final Logger log = LoggerFactory.getLogger(ControllerAlerts.class);
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");

    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final DeliveryStore deliveries;
    private final RunFigures figures;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String publicUrl;
    private final Clock clock;

    ControllerAlerts(Subscriptions subscriptions, Outbox outbox, OutboxSender sender, DeliveryStore deliveries,
            RunFigures figures, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${pm.web.public-url:}") String publicUrl) {
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.sender = sender;
        this.deliveries = deliveries;
        this.figures = figures;
        this.jdbc = jdbc;
        // Inside the transaction that records what the mail is about (a publication step, an import), as a savepoint:
        // the mail commits with it, and a mail that cannot be written never rolls back what it announces.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    /** A delivery was held or refused (whole, or some of its files): runs in the import's transaction. */
    @EventListener
    void deliveryCompleted(DeliveryCompleted event) {
        try {
            transactions.executeWithoutResult(status -> alertIfHeldOrRefused(event));
        } catch (RuntimeException e) {
            // An import must never fail because of its alert.
            log.error("Mail: no alert written for delivery {}", event.deliveryId(), e);
        }
    }

    private void alertIfHeldOrRefused(DeliveryCompleted event) {
        DeliverySummary delivery = deliveries.summary(event.deliveryId());
        List<DeliverySummary.FileSummary> refusedFiles = delivery.files().stream()
                .filter(DeliverySummary.FileSummary::refused).toList();
        boolean held = DeliveryStore.HELD.equals(delivery.status());
        if (!held && refusedFiles.isEmpty() && !DeliveryStore.REFUSED.equals(delivery.status())) {
            return;
        }
        String what = held ? "geblokkeerd" : "geweigerd";
        String period = delivery.period() == null ? "onbekende periode" : "periode " + delivery.period();
        String subject = "Levering %s: bron %s, %s (%s)".formatted(what, delivery.source(), period, delivery.shortId());
        MailBody body = new MailBody().paragraph("Beste controller,");
        if (held) {
            body.paragraph(("De levering %s van bron %s voor %s is geblokkeerd: %d van de %d regels zijn afgewezen "
                    + "(%s), meer dan het maximum van %s. De regels zijn wel ingelezen, maar de rapporten voor deze "
                    + "periode worden pas gepubliceerd als een controller over de levering beslist.").formatted(
                    delivery.shortId(), delivery.source(), period, delivery.rejected(), delivery.read(),
                    percent(delivery.read() == 0 ? 0 : (double) delivery.rejected() / delivery.read()),
                    percent(delivery.maxRejectShare())));
        } else {
            body.paragraph("De levering %s van bron %s voor %s is %s:".formatted(delivery.shortId(), delivery.source(),
                    period, DeliveryStore.REFUSED.equals(delivery.status()) ? "geweigerd, er is niets ingelezen"
                            : "ingelezen, maar niet elk bestand kon worden gelezen"));
            body.list(refusedFiles.stream().map(f -> f.name() + ": " + f.message()).toList());
        }
        body.heading("Wat nu");
        List<String> steps = new ArrayList<>();
        steps.add("De afgewezen regels bekijken: participatiemonitor rejects " + delivery.shortId());
        if (held) {
            steps.add("Accepteren: participatiemonitor deliveries accept " + delivery.shortId() + " --reason \"...\"");
            steps.add("Afwijzen (de vorige gegevens gelden weer): participatiemonitor deliveries reject "
                    + delivery.shortId() + " --reason \"...\"");
        } else {
            steps.add("De bestanden herstellen en de levering opnieuw aanleveren; 'participatiemonitor deliveries' "
                    + "toont wat er binnenkwam.");
        }
        body.list(steps);
        linkTo(body, "leveringen/" + delivery.id());
        write("levering|" + delivery.id() + "|" + delivery.status() + "|" + refusedFiles.size(),
                municipalitiesOf(delivery.id()), "bron " + delivery.source(), subject, body);
    }

    /** A run ended FAILED: called by every job's listener (see MailConfiguration), outside any transaction. */
    void runFailed(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        long id = execution.getId();
        String job = execution.getJobParameters().getString("taak", execution.getJobInstance().getJobName());
        String period = execution.getJobParameters().getString("periode", "");
        String error = execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> plain(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))
                .orElse(plain(execution.getExitStatus().getExitDescription()));
        Set<String> about = new LinkedHashSet<>();
        execution.getJobParameters().getParameters().values().forEach(p -> {
            Matcher codes = MUNICIPALITY.matcher(String.valueOf(p.getValue()));
            while (codes.find()) {
                about.add(codes.group());
            }
        });
        String arrangement = execution.getJobParameters().getString("gr");
        if (arrangement != null && !arrangement.isBlank()) {
            about.add(arrangement);
        }
        String delivery = execution.getJobParameters().getString("levering");
        if (delivery != null) {
            about.addAll(municipalitiesOf(delivery));
        }
        String subject = "Run mislukt: %s%s (run %d)".formatted(job, period.isEmpty() ? "" : " " + period, id);
        MailBody body = new MailBody().paragraph("Beste controller,")
                .paragraph("De run %d (%s%s) is mislukt.".formatted(id, job, period.isEmpty() ? "" : ", periode " + period))
                .paragraph("De fout: " + (error.isEmpty() ? "onbekend; zie het logbestand." : error))
                .heading("Wat nu");
        body.list(List.of("De stappen en de fout bekijken: participatiemonitor runs show " + id,
                "Na herstel verder gaan waar de run stopte: participatiemonitor runs restart " + id));
        linkTo(body, "runs/" + id);
        transactions.executeWithoutResult(status -> write("run|" + id, about, job, subject, body));
    }

    /** Signal S9 in a published run: an expected source has not delivered for the period. */
    @EventListener
    @Order(2)
    void published(ReportsPublished event) {
        try {
            transactions.executeWithoutResult(status -> lateSources(event));
        } catch (RuntimeException e) {
            log.error("Mail: no S9 alerts written for run {}", event.runId(), e);
        }
    }

    private void lateSources(ReportsPublished event) {
        for (Signal signal : figures.signals(event.runId())) {
            if (!signal.code().equals("S9")) {
                continue;
            }
            String name = figures.municipalityName(signal.municipality());
            String source = signal.dimension().startsWith("bron=") ? signal.dimension().substring(5)
                    : signal.dimension();
            String subject = "Signaal S9 voor %s %s: bron %s".formatted(name, signal.period(), source);
            MailBody body = new MailBody().paragraph("Beste controller,")
                    .paragraph("Signaal S9 voor " + name + " over " + signal.period() + ": " + signal.text())
                    .paragraph("Zolang deze bron niet (goedgekeurd) heeft geleverd, blijven de cijfers van " + name
                            + " over " + signal.period() + " voorlopig en ziet de raad dit signaal.")
                    .heading("Wat nu");
            body.list(List.of("Zien welke bronnen te laat zijn: participatiemonitor sources --period "
                    + signal.period(), "Geblokkeerde leveringen: participatiemonitor deliveries --held",
                    "De leverancier vragen de levering in de inbox te zetten."));
            linkTo(body, "bronnen?periode=" + signal.period());
            write("S9|" + signal.period() + "|" + signal.municipality() + "|" + source,
                    List.of(signal.municipality()), signal.municipality(), subject, body);
        }
    }

    private void write(String event, Collection<String> about, String scope, String subject, MailBody body) {
        int written = 0;
        for (Subscription controller : subscriptions.covering(Topic.CONTROLLER, about, LocalDate.now(clock))) {
            String footer = "U ontvangt deze melding van de Participatiemonitor omdat " + controller.email()
                    + " is geabonneerd op meldingen voor " + controller.scopeLabel() + " (abonnement " + controller.id()
                    + ").";
            if (outbox.write(new Mail("melding|" + event + "|" + controller.id(), Mail.Kind.MELDING, controller.id(),
                    scope, controller.email(), subject, body.text(footer), body.html(footer), null))) {
                written++;
            }
        }
        if (written > 0) {
            log.info("Mail: {} alerts for {} written to the outbox", written, event);
            sender.sendAfterCommit();
        }
    }

    private void linkTo(MailBody body, String path) {
        if (publicUrl != null) {
            body.link("In de Participatiemonitor:", publicUrl + "/" + path, "");
        }
    }

    /** The municipalities a delivery has records about (its clients' contacts through the clients). */
    private List<String> municipalitiesOf(String deliveryId) {
        return jdbc.queryForList("""
                SELECT gemeente_code FROM clienten WHERE levering_id = ?
                UNION SELECT gemeente_code FROM klachten WHERE levering_id = ?
                UNION SELECT gemeente_code FROM advies_reacties WHERE levering_id = ?
                UNION SELECT gemeente_code FROM adviesorgaan_dekking WHERE levering_id = ?
                UNION SELECT gemeente_code FROM gr_lidmaatschappen WHERE levering_id = ?""", String.class,
                deliveryId, deliveryId, deliveryId, deliveryId, deliveryId);
    }

    private static String percent(double share) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%.1f%%", share * 100);
    }

    /** The first line of an error without Java class names, as 'runs show' prints it. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        return message.lines().findFirst().orElse("").trim()
                .replaceAll("^([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error): ", "");
    }
}
