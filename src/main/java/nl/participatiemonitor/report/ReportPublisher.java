package nl.participatiemonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.participatiemonitor.metrics.IndicatorFiles;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.report.archive.Archive;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.excel.CouncilWorkbook;
import nl.participatiemonitor.report.pdf.PdfRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a finished indicator run into the archive: the machine-readable files of the whole run
 * under its scope, and per municipality its raadsrapportage (PDF and Excel), each in
 * {@code <output>/<period>/<scope>/r<revision>/} with a manifest. Publishing the same run again
 * changes nothing; new inputs give a new revision beside the old one.
 */
@Service
public class ReportPublisher {

    private final RunFigures figures;
    private final IndicatorFiles indicatorFiles;
    private final CouncilReports councilReports;
    private final CouncilWorkbook workbook;
    private final NormsFile norms;
    private final JdbcTemplate jdbc;
    private final String version;
    private final PdfRenderer pdf = new PdfRenderer();

    ReportPublisher(RunFigures figures, IndicatorFiles indicatorFiles, CouncilReports councilReports,
            CouncilWorkbook workbook, NormsFile norms, JdbcTemplate jdbc, @Value("${pm.version:onbekend}") String version) {
        this.figures = figures;
        this.indicatorFiles = indicatorFiles;
        this.councilReports = councilReports;
        this.workbook = workbook;
        this.norms = norms;
        this.jdbc = jdbc;
        this.version = version;
    }

    /** One publication in the archive. */
    public record Published(String scope, Path folder, int revision, boolean created, List<Path> files) {
    }

    /** Publishes the run's files (scope {@code scopeLabel}) and every municipality's raadsrapportage. */
    public List<Published> publish(long runId, String scopeLabel, Path output) {
        Period period = figures.period(runId);
        Archive archive = new Archive(output);
        LocalDate dataDate = dataDate();
        List<ManifestInput.DeliveryUsed> deliveries = deliveriesUsed();
        Map<String, Set<String>> deliveriesPerMunicipality = deliveriesPerMunicipality();
        List<Published> published = new ArrayList<>();
        Path scratch = scratchFolder();
        try {
            String scope = scopeLabel.replace(',', '+');
            ManifestInput runInput = input(runId, "indicatoren", Map.of("periode", period.label(), "scope", scopeLabel),
                    dataDate, deliveries);
            Map<String, Path> files = new LinkedHashMap<>();
            for (Path file : indicatorFiles.write(runId, period, scratch.resolve("run"))) {
                files.put(file.getFileName().toString(), file);
            }
            published.add(published(scope, archive.publish(period.label(), scope, runInput, files), files));
            for (String municipality : figures.municipalities(runId)) {
                Set<String> own = deliveriesPerMunicipality.getOrDefault(municipality, Set.of());
                ManifestInput input = input(runId, "raadsrapportage", Map.of("periode", period.label(),
                        "gemeente", municipality), dataDate,
                        deliveries.stream().filter(d -> own.contains(d.id())).toList());
                String name = "raadsrapportage-" + municipality + "-" + period.label();
                Map<String, Path> reportFiles = Map.of(name + ".pdf", scratch.resolve(name + ".pdf"),
                        name + ".xlsx", scratch.resolve(name + ".xlsx"));
                // The reports print their revision: render them as the latest one, and as the next when that differs.
                int latest = archive.latestRevision(period.label(), municipality);
                renderCouncilReports(runId, municipality, Math.max(latest, 1), dataDate, reportFiles, name);
                if (latest > 0 && !archive.matchesLatest(period.label(), municipality, input, reportFiles)) {
                    renderCouncilReports(runId, municipality, latest + 1, dataDate, reportFiles, name);
                }
                published.add(published(municipality, archive.publish(period.label(), municipality, input, reportFiles),
                        reportFiles));
            }
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FileSystemUtils.deleteRecursively(scratch.toFile());
        }
    }

    private void renderCouncilReports(long runId, String municipality, int revision, LocalDate dataDate,
            Map<String, Path> files, String name) throws IOException {
        Files.write(files.get(name + ".pdf"), pdf.render(councilReports.build(runId, municipality, revision, dataDate)));
        try (OutputStream out = Files.newOutputStream(files.get(name + ".xlsx"))) {
            workbook.write(runId, municipality, dataDate, revision, out);
        }
    }

    private static Published published(String scope, Archive.Publication publication, Map<String, Path> files) {
        return new Published(scope, publication.folder(), publication.revision(), publication.created(),
                files.keySet().stream().map(publication.folder()::resolve).toList());
    }

    private ManifestInput input(long runId, String job, Map<String, String> parameters, LocalDate dataDate,
            List<ManifestInput.DeliveryUsed> deliveries) {
        return new ManifestInput(String.valueOf(runId), job, new TreeMap<>(parameters), version, dataDate.toString(),
                deliveries, norms.asMap());
    }

    /** The date of the data: the day the last delivery the figures rest on was imported. */
    private LocalDate dataDate() {
        return jdbc.queryForObject("SELECT MAX(DATE(aangemaakt)) FROM leveringen WHERE status <> 'GEWEIGERD'",
                LocalDate.class);
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

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("pm-publicatie-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
