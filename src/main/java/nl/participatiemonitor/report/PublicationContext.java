package nl.participatiemonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.archive.Archive;
import nl.participatiemonitor.report.archive.ManifestInput;
import nl.participatiemonitor.report.archive.ManifestInput.DeliveryUsed;

/**
 * Everything the publications of one run share: the run, the archive, the deliveries the figures rest on (with the day
 * each was imported), the norms and version for the manifests, and a scratch folder for files before they are archived.
 */
record PublicationContext(long runId, Period period, String scopeLabel, Archive archive, List<DeliveryUsed> deliveries,
        Map<String, LocalDate> importDays, Map<String, Set<String>> deliveriesPerMunicipality,
        SortedMap<String, String> norms, String version, Path scratch, PublicationProgress progress,
        ManifestInput.AuditHead auditHead) {

    /** Renders the files of a publication for the revision they will carry (a CSV may ignore it). */
    @FunctionalInterface
    interface Renderer {
        void render(int revision, Map<String, Path> files) throws IOException;
    }

    /** The run's scope as a folder name: {@code ALLE}, or {@code GM0014+GM0034} for a selection (no comma). */
    String scopeFolder() {
        return scopeLabel.replace(',', '+');
    }

    /** The delivered files the figures of {@code municipality} rest on. */
    List<DeliveryUsed> deliveriesOf(String municipality) {
        Set<String> own = deliveriesPerMunicipality.getOrDefault(municipality, Set.of());
        return deliveries.stream().filter(d -> own.contains(d.id())).toList();
    }

    /** The deliveries the figures of any of {@code municipalities} rest on. */
    List<DeliveryUsed> deliveriesOf(List<String> municipalities) {
        return deliveries.stream().filter(d -> municipalities.stream()
                .anyMatch(m -> deliveriesPerMunicipality.getOrDefault(m, Set.of()).contains(d.id()))).toList();
    }

    /**
     * What a publication is made from. Its date of the data is the day the last of {@code used} was imported: a
     * delivery for another municipality changes neither this publication's inputs nor its bytes.
     */
    ManifestInput input(String job, Map<String, String> parameters, List<DeliveryUsed> used) {
        LocalDate dataDate = used.stream().map(d -> importDays.get(d.id())).max(Comparator.naturalOrder())
                .orElse(importDays.values().stream().max(Comparator.naturalOrder()).orElse(period.peildatum()));
        return new ManifestInput(String.valueOf(runId), job, new TreeMap<>(parameters), version, dataDate.toString(),
                used, norms, auditHead);
    }

    /**
     * Publishes files named {@code names} under {@code scope}. When the latest revision was made from the same inputs
     * nothing is rendered: the same inputs give the same bytes. Otherwise, as reports print their revision, they are
     * rendered as the latest revision first and, when that differs from what is archived, again as the next one.
     */
    ReportPublisher.Published publish(Audience audience, String scope, ManifestInput input, List<String> names,
            Renderer renderer) throws IOException {
        Optional<Archive.Publication> unchanged = archive.latestWithInputs(period.label(), scope, input);
        if (unchanged.isPresent()) {
            Archive.Publication latest = unchanged.get();
            progress.published(audience, scope, false);
            return new ReportPublisher.Published(audience, scope, latest.folder(), latest.revision(), false,
                    names.stream().map(latest.folder()::resolve).toList());
        }
        Path folder = Files.createDirectories(scratch.resolve(audience.id()).resolve(scope));
        Map<String, Path> files = new LinkedHashMap<>();
        names.forEach(name -> files.put(name, folder.resolve(name)));
        int latest = archive.latestRevision(period.label(), scope);
        renderer.render(Math.max(latest, 1), files);
        if (latest > 0 && !archive.matchesLatest(period.label(), scope, input, files)) {
            renderer.render(latest + 1, files);
        }
        Archive.Publication publication = archive.publish(period.label(), scope, input, files);
        progress.published(audience, scope, publication.created());
        return new ReportPublisher.Published(audience, scope, publication.folder(), publication.revision(),
                publication.created(), files.keySet().stream().map(publication.folder()::resolve).toList());
    }
}
