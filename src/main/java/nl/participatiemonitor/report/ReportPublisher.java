package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.metrics.IndicatorFiles;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.PeriodKind;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.report.archive.Archive;
import nl.participatiemonitor.report.archive.ArchiveLayout;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.system.ScratchSpace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a finished indicator run into the archive: the machine-readable files of the whole run under its scope,
 * then the reports of each requested audience, each in {@code <output>/<period>/<scope>/r<revision>/} with a
 * manifest. Publishing the same run again changes nothing; new inputs give a new revision beside the old one.
 */
@Service
public class ReportPublisher {

    private final RunFigures figures;
    private final IndicatorFiles indicatorFiles;
    private final NormsFile norms;
    private final JdbcTemplate jdbc;
    private final String version;
    private final Clock clock;
    private final ScratchSpace scratchSpace;
    private final AuditTrail audit;
    private final Map<Audience, AudiencePublication> publications = new LinkedHashMap<>();
    private final ApplicationEventPublisher events;

    ReportPublisher(RunFigures figures, IndicatorFiles indicatorFiles, NormsFile norms, JdbcTemplate jdbc,
            List<AudiencePublication> publications, @Value("${pm.version:onbekend}") String version, Clock clock,
            ScratchSpace scratchSpace, AuditTrail audit, ApplicationEventPublisher events) {
        this.clock = clock;
        this.scratchSpace = scratchSpace;
        this.audit = audit;
        this.events = events;
        this.figures = figures;
        this.indicatorFiles = indicatorFiles;
        this.norms = norms;
        this.jdbc = jdbc;
        this.version = version;
        publications.stream().sorted(Comparator.comparing(AudiencePublication::audience))
                .forEach(p -> this.publications.put(p.audience(), p));
    }

    /** One publication in the archive: for whom, under which scope folder, which revision, and its files. */
    public record Published(Audience audience, String scope, Path folder, int revision, boolean created,
            List<Path> files) {
    }

    /**
     * Publishes the run's files (under scope {@code scopeLabel}, always first in the list) and the reports of the
     * given audiences. The jaaroverzicht covers a calendar year: it is published for a year's run only.
     */
    public List<Published> publish(long runId, String scopeLabel, Path output, Set<Audience> audiences) {
        Period period = figures.period(runId);
        Path scratch = scratchSpace.create("publicatie");
        PublicationProgress progress = PublicationProgress.forThisProcess();
        try {
            PublicationContext context = new PublicationContext(runId, period, scopeLabel, new Archive(output, clock),
                    deliveriesUsed(), importDays(), deliveriesPerMunicipality(), new TreeMap<>(norms.asMap()), version,
                    scratch, progress, audit.head().map(h -> new ManifestInput.AuditHead(h.id(), h.hash())).orElse(null));
            List<Published> published = new ArrayList<>();
            published.addAll(runFiles(context));
            for (Map.Entry<Audience, AudiencePublication> publication : publications.entrySet()) {
                boolean yearOnly = publication.getKey() == Audience.JAAROVERZICHT && period.kind() != PeriodKind.YEAR;
                if (audiences.contains(publication.getKey()) && !yearOnly) {
                    published.addAll(publication.getValue().publish(context));
                }
            }
            // Readers are told what is new (the e-mail subscriptions): see ReportsPublished.
            events.publishEvent(new ReportsPublished(runId, period, scopeLabel, published));
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            progress.finished();
            FileSystemUtils.deleteRecursively(scratch.toFile());
        }
    }

    /** The scope folder of a run's files: {@code indicatoren-ALLE}, {@code indicatoren-GM0014+GM0034}. */
    static final String RUN_FILES_PREFIX = "indicatoren-";

    /**
     * The run's files: open-data.csv and signalen.csv (suppressed, public) under {@code indicatoren-<scope>}, and
     * indicatoren.csv (every value unsuppressed, for reviewers) under the restricted
     * {@code VERTROUWELIJK-indicatoren-<scope>}, so the public part of the archive can be served as it is.
     */
    private List<Published> runFiles(PublicationContext context) throws IOException {
        Path folder = context.scratch().resolve("run");
        Map<String, Path> open = new LinkedHashMap<>();
        Map<String, Path> restricted = new LinkedHashMap<>();
        for (Path file : indicatorFiles.write(context.runId(), context.period(), folder)) {
            String name = file.getFileName().toString();
            (name.equals(IndicatorFiles.UNSUPPRESSED) ? restricted : open).put(name, file);
        }
        ManifestInput input = context.input("indicatoren", Map.of("periode", context.period().label(), "scope",
                context.scopeLabel()), context.deliveries());
        String scope = RUN_FILES_PREFIX + context.scopeFolder();
        return List.of(runFiles(context, scope, input, open),
                runFiles(context, ArchiveLayout.RESTRICTED_PREFIX + scope, input, restricted));
    }

    private static Published runFiles(PublicationContext context, String scope, ManifestInput input,
            Map<String, Path> files) throws IOException {
        Archive.Publication publication = context.archive().publish(context.period().label(), scope, input, files);
        return new Published(null, scope, publication.folder(), publication.revision(),
                publication.created(), files.keySet().stream().map(publication.folder()::resolve).toList());
    }

    /** Per delivery, the day it was imported. */
    private Map<String, LocalDate> importDays() {
        Map<String, LocalDate> days = new HashMap<>();
        jdbc.query("SELECT id, DATE(aangemaakt) FROM leveringen WHERE status <> 'GEWEIGERD'", rs -> {
            days.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        });
        return days;
    }

    /** Every imported file of every delivery the run's inputs included, with its hash and lines read. */
    private List<ManifestInput.DeliveryUsed> deliveriesUsed() {
        return jdbc.query("""
                SELECT l.id, l.bron, f.naam, f.sha256, COALESCE(f.regels_gelezen, 0) FROM leveringsbestanden f
                JOIN leveringen l ON l.id = f.levering_id
                WHERE f.status = 'GEIMPORTEERD' ORDER BY l.id, f.naam""",
                (rs, i) -> new ManifestInput.DeliveryUsed(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)));
    }

    /**
     * Per municipality, the deliveries its figures rest on: those with current records about it (its
     * clients' contacts included), and those that deliver what every municipality refers to
     * (organisations, advisory bodies, advice). One set-based pass per publication.
     */
    private Map<String, Set<String>> deliveriesPerMunicipality() {
        Map<String, Set<String>> perMunicipality = new HashMap<>();
        jdbc.query("""
                SELECT gemeente_code, levering_id FROM clienten WHERE actueel = 1
                UNION SELECT gemeente_code, levering_id FROM klachten WHERE actueel = 1
                UNION SELECT gemeente_code, levering_id FROM advies_reacties WHERE actueel = 1
                UNION SELECT gemeente_code, levering_id FROM adviesorgaan_dekking WHERE actueel = 1
                UNION SELECT gemeente_code, levering_id FROM gr_lidmaatschappen WHERE actueel = 1
                UNION SELECT c.gemeente_code, k.levering_id FROM contacten k
                      JOIN clienten c ON c.client_pseudoniem = k.client_pseudoniem AND c.actueel = 1
                      WHERE k.actueel = 1""",
                rs -> {
                    perMunicipality.computeIfAbsent(rs.getString(1), m -> new HashSet<>()).add(rs.getString(2));
                });
        List<String> shared = jdbc.queryForList("""
                SELECT levering_id FROM organisaties WHERE actueel = 1
                UNION SELECT levering_id FROM adviesorganen WHERE actueel = 1
                UNION SELECT levering_id FROM adviezen WHERE actueel = 1""", String.class);
        perMunicipality.values().forEach(ids -> ids.addAll(shared));
        return perMunicipality;
    }
}
