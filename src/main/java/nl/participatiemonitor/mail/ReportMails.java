package nl.participatiemonitor.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.metrics.ShownFigure;
import nl.participatiemonitor.metrics.Signal;
import nl.participatiemonitor.report.Audience;
import nl.participatiemonitor.report.CouncilSummaries;
import nl.participatiemonitor.report.ReportPublisher.Published;
import nl.participatiemonitor.report.ReportsPublished;
import nl.participatiemonitor.report.pdf.KeyFigure;
import nl.participatiemonitor.report.pdf.SignalLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells subscribers about new report revisions: per revision in a subscriber's scope one e-mail, written into the
 * outbox in the transaction that records the revision in {@code gepubliceerde_revisies}, then sent at once (what
 * cannot be sent waits for {@code serve}). A publication that changed nothing writes nothing. The public reports go
 * along as PDF; the dossier, with its unsuppressed figures, is announced with a link or its place in the archive only.
 *
 * <p>A revision archived by a process that stopped before it recorded the revision is recorded, and announced, the
 * next time the same inputs are published and the archive returns it unchanged; revisions archived before the e-mail
 * tables existed are recorded without a mail.
 */
@Component
class ReportMails {

    private static final Logger log = LoggerFactory.getLogger(ReportMails.class);

    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final RunFigures figures;
    private final CouncilSummaries summaries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String publicUrl;

    ReportMails(Subscriptions subscriptions, Outbox outbox, OutboxSender sender, RunFigures figures,
            CouncilSummaries summaries, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${pm.web.public-url:}") String publicUrl) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.sender = sender;
        this.figures = figures;
        this.summaries = summaries;
        this.jdbc = jdbc;
        // Inside the transaction that records what the mail is about (a publication step, an import), as a savepoint:
        // the mail commits with it, and a mail that cannot be written never rolls back what it announces.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    @EventListener
    @Order(1)
    void published(ReportsPublished event) {
        Integer written;
        try {
            written = transactions.execute(status -> record(event));
        } catch (RuntimeException e) {
            // The publication stands; its revisions stay unrecorded and are announced when it is published again.
            log.error("Mail: the e-mail about the publication of run {} could not be written", event.runId(), e);
            return;
        }
        if (written != null && written > 0) {
            // A command that published sends its mail before it exits (once the publication's step has committed);
            // what cannot be sent now waits for 'serve'.
            sender.sendAfterCommit();
        }
    }

    /** Records the new revisions and writes their mail; returns how many messages were written. */
    private int record(ReportsPublished event) {
        int written = 0;
        for (Published published : event.published()) {
            if (published.audience() == null || !isNew(published)) {
                continue;
            }
            ArchivedRevision revision = ArchivedRevision.read(published.folder());
            // IGNORE: a process publishing the same revision at the same moment recorded it first, and mails it.
            int recorded = jdbc.update("""
                    INSERT IGNORE INTO gepubliceerde_revisies (map, periode, scope, revisie, doelgroep, run_id,
                        vastgelegd)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", key(published), event.period().label(), published.scope(),
                    published.revision(), published.audience().id(), revision.runId(),
                    Timestamp.valueOf(LocalDateTime.now(clock)));
            if (recorded == 0 || !published.created() && !archivedSinceMailExists(published.folder())) {
                continue;
            }
            for (Mail mail : mails(event, published, revision)) {
                if (outbox.write(mail)) {
                    written++;
                }
            }
        }
        if (written > 0) {
            log.info("Mail: {} messages about the publication of run {} written to the outbox", written, event.runId());
        }
        return written;
    }

    private boolean isNew(Published published) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM gepubliceerde_revisies WHERE map = ?", Integer.class,
                key(published));
        return known == 0;
    }

    private static String key(Published published) {
        return published.folder().toAbsolutePath().normalize().toString();
    }

    /** Whether a revision found unrecorded was archived after the e-mail tables were made (else it is old news). */
    private boolean archivedSinceMailExists(Path folder) {
        Instant installed = jdbc.queryForList("SELECT installed_on FROM flyway_schema_history WHERE version = '30'",
                Timestamp.class).stream().findFirst().map(Timestamp::toInstant).orElse(Instant.MAX);
        try {
            return Files.getLastModifiedTime(folder.resolve("manifest.json")).toInstant().isAfter(installed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Mail> mails(ReportsPublished event, Published published, ArchivedRevision revision) {
        Audience audience = published.audience();
        Topic topic = Topic.of(audience);
        List<String> about = switch (audience) {
            case RAAD, DOSSIER -> List.of(revision.parameters().getOrDefault("gemeente", published.scope()));
            case JAAROVERZICHT -> List.of(revision.parameters().get("bestuursorgaan"));
            case TOEZICHT -> figures.municipalities(event.runId());
        };
        List<Subscription> readers = subscriptions.covering(topic, about, event.period().peildatum());
        if (readers.isEmpty()) {
            return List.of();
        }
        Announcement announcement = switch (audience) {
            case RAAD -> council(event, published, revision, about.get(0));
            case TOEZICHT -> supervisors(event, published, revision);
            case JAAROVERZICHT -> yearly(published, revision, about.get(0));
            case DOSSIER -> dossier(event, published, about.get(0));
        };
        List<Mail> mails = new ArrayList<>();
        MailBody body = announcement.body().get();
        for (Subscription reader : readers) {
            String footer = "U ontvangt deze e-mail van de Participatiemonitor omdat " + reader.email()
                    + " is geabonneerd op " + topic.id() + " voor " + reader.scopeLabel() + " (abonnement "
                    + reader.id() + "). Afmelden kan bij de functioneel beheerder.";
            mails.add(new Mail("rapport|" + key(published) + "|" + reader.id(), Mail.Kind.RAPPORT, reader.id(),
                    published.scope(), reader.email(), announcement.subject(), body.text(footer), body.html(footer),
                    announcement.attachment()));
        }
        return mails;
    }

    /** Subject, body (built once there are readers; each gets its own footer) and attachment of a revision's mail. */
    private record Announcement(String subject, java.util.function.Supplier<MailBody> body, Mail.Attachment attachment) {
    }

    private Announcement council(ReportsPublished event, Published published, ArchivedRevision revision,
            String municipality) {
        CouncilSummaries.Summary summary = summaries.of(event.runId(), municipality);
        String status = summary.status().toLowerCase(Locale.ROOT);
        String subject = "Raadsrapportage Participatiewet %s %s (%s, revisie %d)".formatted(summary.municipalityName(),
                event.period().label(), status, published.revision());
        List<String> changes = revision.previous()
                .map(previous -> changedKeyFigures(summaries.of(previous.runId(), municipality), summary))
                .orElse(null);
        Mail.Attachment pdf = attachment(revision);
        return new Announcement(subject, () -> {
            MailBody body = new MailBody().paragraph("Beste lezer,")
                    .paragraph("De raadsrapportage Participatiewet van %s over %s is gepubliceerd. De cijfers zijn %s; "
                            .formatted(summary.municipalityName(), describe(event.period()), status)
                            + "dit is revisie " + published.revision() + ".");
            replaced(body, published.revision(), changes);
            body.heading("Kerncijfers");
            body.table(List.of("Cijfer", "Deze periode", "Vorige periode", "Vergelijkbare gemeenten"),
                    summary.keyFigures().stream().map(f -> List.of(f.label(), f.value(), f.previous(), f.groupMedian()))
                            .toList());
            body.heading("Signalen");
            if (summary.signals().isEmpty()) {
                body.paragraph("Er zijn deze periode geen signalen.");
            } else {
                body.list(summary.signals().stream().map(ReportMails::signal).toList());
            }
            body.paragraph("Kleine aantallen zijn afgeschermd zoals in het rapport: <5 betekent 1 tot 4, een punt "
                    + "betekent dat het cijfer op te weinig gegevens rust.");
            body.paragraph("Het rapport zit als PDF in de bijlage (" + pdf.name() + ").");
            return withLink(body, published, event.period());
        }, pdf);
    }

    private Announcement supervisors(ReportsPublished event, Published published, ArchivedRevision revision) {
        Map<String, String> statuses = figures.statuses(event.runId());
        Map<String, String> names = figures.municipalityNames(event.runId());
        boolean provisional = statuses.containsValue("VOORLOPIG");
        String scope = event.scopeLabel().equals("ALLE") ? "alle gemeenten" : event.scopeLabel().replace(",", ", ");
        String subject = "Toezichtrapportage Participatiewet %s %s (%s, revisie %d)".formatted(scope,
                event.period().label(), provisional ? "voorlopig" : "definitief", published.revision());
        Map<String, List<String>> signals = new TreeMap<>();
        for (Signal signal : figures.signals(event.runId())) {
            signals.computeIfAbsent(signal.municipality(), m -> new ArrayList<>()).add(signal.code());
        }
        List<String> changes = revision.previous()
                .map(previous -> changedFigures(previous.runId(), event.runId(), event.period(), names))
                .orElse(null);
        Mail.Attachment pdf = attachment(revision);
        return new Announcement(subject, () -> {
            MailBody body = new MailBody().paragraph("Beste lezer,")
                    .paragraph("De toezichtrapportage Participatiewet over %s is gepubliceerd voor %s (%d gemeenten, %d "
                            .formatted(describe(event.period()), scope, statuses.size(),
                                    statuses.values().stream().filter("VOORLOPIG"::equals).count())
                            + "met voorlopige cijfers); dit is revisie " + published.revision() + ".");
            replaced(body, published.revision(), changes);
            body.heading("Status en signalen per gemeente");
            body.table(List.of("Gemeente", "status", "signalen"), statuses.entrySet().stream()
                    .map(s -> List.of(names.getOrDefault(s.getKey(), s.getKey()) + " (" + s.getKey() + ")",
                            s.getValue().toLowerCase(Locale.ROOT), signals.containsKey(s.getKey())
                                    ? String.join(", ", signals.get(s.getKey())) : "geen"))
                    .toList());
            body.paragraph("Het rapport zit als PDF in de bijlage (" + pdf.name() + ").");
            return withLink(body, published, event.period());
        }, pdf);
    }

    private Announcement yearly(Published published, ArchivedRevision revision, String body) {
        String name = body.startsWith("GM") ? figures.municipalityName(body) : "GR " + body;
        String year = revision.parameters().getOrDefault("jaar", "");
        String subject = "Jaaroverzicht klachten %s %s (revisie %d)".formatted(name, year, published.revision());
        Mail.Attachment pdf = attachment(revision);
        return new Announcement(subject, () -> {
            MailBody mail = new MailBody().paragraph("Beste lezer,")
                    .paragraph("Het jaaroverzicht van de schriftelijke klachten (Awb artikel 9:12a) van " + name
                            + " over " + year + " is gepubliceerd; dit is revisie " + published.revision() + ".");
            if (published.revision() > 1) {
                mail.paragraph("Deze revisie vervangt revisie " + (published.revision() - 1)
                        + ": er kwamen nieuwe of gecorrigeerde gegevens binnen.");
            }
            mail.paragraph("Het overzicht zit als PDF in de bijlage (" + pdf.name() + ").");
            return withLink(mail, published, null);
        }, pdf);
    }

    private Announcement dossier(ReportsPublished event, Published published, String municipality) {
        String name = figures.municipalityName(municipality);
        String subject = "Dossier voor toetsers %s %s (vertrouwelijk, revisie %d)".formatted(name,
                event.period().label(), published.revision());
        return new Announcement(subject, () -> {
            MailBody body = new MailBody().paragraph("Beste toetser,")
                    .paragraph("Het dossier met de gegevens achter de cijfers van " + name + " over "
                            + describe(event.period()) + " is gepubliceerd; dit is revisie " + published.revision() + ".")
                    .paragraph("Het dossier is vertrouwelijk: het bevat de cijfers zonder afscherming en de "
                            + "gepseudonimiseerde cliënten. Daarom gaat het nooit als bijlage per e-mail.");
            return withLink(body, published, event.period());
        }, null);
    }

    private Mail.Attachment attachment(ArchivedRevision revision) {
        String name = revision.pdf().orElseThrow(() -> new IllegalStateException(
                "Revision " + revision.folder() + " has no PDF to attach"));
        return new Mail.Attachment(name, revision.folder().resolve(name), revision.fileHashes().get(name));
    }

    private MailBody withLink(MailBody body, Published published, Period period) {
        String place = published.folder().getParent().getParent().getFileName() + "/" + published.scope() + "/r"
                + published.revision();
        return body.link("Bekijk het rapport in de Participatiemonitor:",
                publicUrl == null ? null : publicUrl + "/archief/" + place,
                "Het staat in het publicatiearchief onder " + place + ".");
    }

    /** "Deze revisie vervangt revisie n-1" with what changed, for a revision after the first. */
    private static void replaced(MailBody body, int revision, List<String> changes) {
        if (revision <= 1) {
            return;
        }
        if (changes == null || changes.isEmpty()) {
            body.paragraph("Deze revisie vervangt revisie " + (revision - 1) + ". De kerncijfers zijn niet veranderd; "
                    + "er kwamen nieuwe of gecorrigeerde gegevens binnen die andere delen van het rapport raken.");
        } else {
            body.paragraph("Deze revisie vervangt revisie " + (revision - 1) + ". Deze cijfers zijn veranderd:");
            body.list(changes);
        }
    }

    /** The key figures whose shown value differs between two summaries: "Klachten ontvangen: 12 → 14". */
    private static List<String> changedKeyFigures(CouncilSummaries.Summary before, CouncilSummaries.Summary now) {
        Map<String, KeyFigure> earlier = before.keyFigures().stream()
                .collect(Collectors.toMap(KeyFigure::code, f -> f, (a, b) -> a));
        List<String> changes = new ArrayList<>();
        for (KeyFigure figure : now.keyFigures()) {
            KeyFigure was = earlier.get(figure.code());
            if (was == null || !was.value().equals(figure.value())) {
                changes.add(figure.label() + ": " + (was == null ? "-" : was.value()) + " → " + figure.value());
            }
            if (was != null && !was.groupMedian().equals(figure.groupMedian())) {
                changes.add(figure.label() + ", vergelijkbare gemeenten: " + was.groupMedian() + " → "
                        + figure.groupMedian());
            }
        }
        if (!before.status().equals(now.status())) {
            changes.add("Status: " + before.status().toLowerCase(Locale.ROOT) + " → "
                    + now.status().toLowerCase(Locale.ROOT));
        }
        return changes;
    }

    /** The key figures of the period that differ between two runs, per municipality, as shown (suppressed). */
    private List<String> changedFigures(long beforeRun, long nowRun, Period period, Map<String, String> names) {
        Map<String, String> before = keyFigures(beforeRun, period);
        Map<String, String> now = keyFigures(nowRun, period);
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> figure : now.entrySet()) {
            String was = before.getOrDefault(figure.getKey(), "-");
            if (!Objects.equals(was, figure.getValue())) {
                String[] parts = figure.getKey().split("\\|");
                changes.add(names.getOrDefault(parts[0], parts[0]) + ", " + parts[1] + ": " + was + " → "
                        + figure.getValue());
            }
        }
        return changes.size() <= 30 ? changes : concat(changes.subList(0, 30),
                "en nog " + (changes.size() - 30) + " andere cijfers (zie het rapport)");
    }

    private Map<String, String> keyFigures(long runId, Period period) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (ShownFigure figure : figures.periodFigures(runId)) {
            if (figure.period().equals(period.label()) && figure.dimension().isEmpty()
                    && CouncilSummaries.KEY_FIGURES.contains(figure.indicator())) {
                shown.put(figure.municipality() + "|" + figure.indicator().label(), CouncilSummaries.forPeople(figure));
            }
        }
        return shown;
    }

    private static List<String> concat(Collection<String> items, String last) {
        List<String> all = new ArrayList<>(items);
        all.add(last);
        return all;
    }

    private static String signal(SignalLine signal) {
        return signal.text() + " (norm " + signal.norm() + "; " + signal.normSource() + ")";
    }

    /** 2026-Q3 as "het derde kwartaal van 2026 (2026-Q3)"; kept short: the label with the word for its kind. */
    private static String describe(Period period) {
        return switch (period.kind()) {
            case YEAR -> "het jaar " + period.label();
            case HALF_YEAR -> "het halfjaar " + period.label();
            case QUARTER -> "het kwartaal " + period.label();
            case MONTH -> "de maand " + period.label();
        };
    }

    Optional<String> publicUrl() {
        return Optional.ofNullable(publicUrl);
    }
}
