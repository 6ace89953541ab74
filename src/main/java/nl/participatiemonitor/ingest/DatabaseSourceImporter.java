package nl.participatiemonitor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import nl.participatiemonitor.source.JdbcExtract;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.slf4j.Logger;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports what changed in a database source since its watermark: reads the rows changed in
 * (watermark, now] into a pseudonymised extract under the data folder, imports that extract through the
 * source's mapping like any delivery, and only then moves the watermark to now and deletes the extract
 * (unless {@code pm.sources.keep-extracts} is set). A source that cannot be
 * reached, or an import that fails, leaves the watermark where it was, so the next run reads those rows again.
 */
@Service
public class DatabaseSourceImporter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSourceImporter.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final DeliveryImporter importer;
    private final SourceWatermarks watermarks;
    private final PseudonymKey key;
    private final Clock clock;
    private final Path dataDir;
    private final ExclusiveJobRuns exclusiveRuns;
    private final boolean keepExtracts;

    DatabaseSourceImporter(DeliveryImporter importer, SourceWatermarks watermarks, PseudonymKey key, Clock clock,
            @Value("${pm.data-dir}") Path dataDir, ExclusiveJobRuns exclusiveRuns,
            @Value("${pm.sources.keep-extracts:false}") boolean keepExtracts) {
        this.keepExtracts = keepExtracts;
        this.exclusiveRuns = exclusiveRuns;
        this.importer = importer;
        this.watermarks = watermarks;
        this.key = key;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /**
     * Reads and imports the source's changes since its watermark.
     *
     * @param period the period the delivery covers, or null for the definition's
     * @throws nl.participatiemonitor.source.SourceUnavailableException when the database cannot be read
     */
    public DeliveryImporter.Outcome importChanges(SourceDefinition definition, String period) throws IOException {
        importer.refuseBsnWithoutConfiguredKey(definition);
        // Two runs of one source at once would both read from the same watermark.
        JobParameters identity = new JobParametersBuilder().addString("bron", definition.id()).toJobParameters();
        try {
            return exclusiveRuns.run("import van bron " + definition.id(), identity, () -> {
                try {
                    return extractAndImport(definition, period);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JobExecutionException e) {
            throw new IllegalStateException("The import of source " + definition.id() + " could not be run", e);
        }
    }

    private DeliveryImporter.Outcome extractAndImport(SourceDefinition definition, String period) throws IOException {
        LocalDateTime since = watermarks.of(definition.id()).orElse(definition.jdbc().start());
        LocalDateTime until = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        // The window is in the file's name, so it is part of the delivery's identity: an extract whose rows
        // happen to equal an earlier one's is still a new delivery, and replaces what came in between.
        String window = FOLDER.format(since) + "-" + FOLDER.format(until);
        Path folder = dataDir.resolve("bronnen").resolve(definition.id()).resolve(window);
        long rows = new JdbcExtract(definition).write(since, until, folder.resolve(definition.id() + "-" + window + ".csv"),
                pseudonyms(definition));
        log.info("Source {}: {} rows changed in ({}, {}] extracted to {}", definition.id(), rows, since, until, folder);
        DeliveryImporter.Outcome outcome = importer.importSource(definition, folder, period, true);
        if (!DeliveryStore.BUSY.equals(outcome.delivery().status())) {
            watermarks.advance(definition.id(), until, outcome.delivery().id());
            // The records are in the database now; a copy on disk would only be one more place to protect.
            // An import that stopped keeps its extract, so the restart can continue it.
            if (!keepExtracts) {
                deleteExtract(folder);
            }
        }
        return outcome;
    }

    private static void deleteExtract(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
        log.info("Extract {} deleted after its import (pm.sources.keep-extracts keeps it)", folder);
    }

    /** Client ids become pseudonyms before the extract is written; a BSN is checked with the elfproef first. */
    private UnaryOperator<String> pseudonyms(SourceDefinition definition) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(key.bytes());
        boolean bsn = definition.clientRule().map(r -> r.target().equals("bsn")).orElse(false);
        return value -> {
            if (!bsn) {
                return value.length() > 255 ? null : pseudonymiser.pseudonym(value);
            }
            String normal = Bsn.normalise(value);
            return normal == null ? null : pseudonymiser.pseudonym(normal);
        };
    }
}
