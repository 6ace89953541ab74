package nl.participatiemonitor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.source.SourceDefinitions;
import nl.participatiemonitor.source.TabularFiles;
import nl.participatiemonitor.source.TabularReader;
import nl.participatiemonitor.system.ExclusiveJobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Service;

/**
 * Imports a delivery folder: registers the delivery, runs the import job for it, and returns what
 * became of every file. Importing a delivery that was imported before changes nothing; a delivery
 * whose earlier run was interrupted (failed, or its process killed) is continued where it stopped.
 * A delivery of a source with a definition in {@code config/sources/} is mapped by it, whether it arrives
 * through {@link #importSource} or as a folder whose source (argument or levering.properties) is that id.
 */
@Service
public class DeliveryImporter {

    private static final Logger log = LoggerFactory.getLogger(DeliveryImporter.class);

    private final Job deliveryImport;
    private final JobLauncher jobLauncher;
    private final ExclusiveJobRuns exclusiveRuns;
    private final DeliveryStore store;
    private final PseudonymKey key;
    private final ImportProperties properties;
    private final SourceDefinitions definitions;
    private final Clock clock;
    private final DeliveryWithdrawal withdrawal;

    DeliveryImporter(Job deliveryImport, JobLauncher jobLauncher, ExclusiveJobRuns exclusiveRuns, DeliveryStore store,
            PseudonymKey key, ImportProperties properties, SourceDefinitions definitions, Clock clock,
            DeliveryWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.deliveryImport = deliveryImport;
        this.jobLauncher = jobLauncher;
        this.exclusiveRuns = exclusiveRuns;
        this.store = store;
        this.key = key;
        this.properties = properties;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** What an import did: the delivery's summary, and whether it had been imported before already. */
    public record Outcome(DeliverySummary delivery, boolean importedBefore) {
    }

    /**
     * Imports the delivery in {@code folder}.
     *
     * @param source the source id, or null to take it from levering.properties (default "canoniek")
     * @param period the period the delivery covers, or null to take it from levering.properties
     * @throws DeliveryRefusedException when the delivery as a whole may not be imported
     */
    public Outcome importFolder(Path folder, String source, String period) throws IOException {
        DeliveryFolder delivery = DeliveryFolder.scan(folder, source, period);
        Optional<SourceDefinition> definition = definitions.find(delivery.source());
        if (definition.isPresent()) {
            return importSource(definition.get(), folder, period, false);
        }
        return run(delivery);
    }

    /**
     * Imports a file, or a folder of files, of a source described in {@code config/sources/}.
     *
     * @param period the period the delivery covers, or null for levering.properties' or the definition's
     * @throws IllegalArgumentException when the source has no definition or reads a database
     */
    public Outcome importSource(String sourceId, Path fileOrFolder, String period) throws IOException {
        return importSource(definition(sourceId), fileOrFolder, period, false);
    }

    /** The definition of a source, or a message that lists the sources that have one. */
    public SourceDefinition definition(String sourceId) {
        return definitions.find(sourceId).orElseThrow(() -> new IllegalArgumentException("Bron '" + sourceId
                + "' heeft geen brondefinitie in config/sources/. Bekende bronnen: " + knownSources() + ". / Source '"
                + sourceId + "' has no source definition in config/sources/. Known sources: " + knownSources() + "."));
    }

    Outcome importSource(SourceDefinition definition, Path fileOrFolder, String period, boolean extract)
            throws IOException {
        if (definition.isJdbc() && !extract) {
            throw new IllegalArgumentException("Bron " + definition.id() + " leest een database; importeer hem zonder "
                    + "bestand: import --source " + definition.id() + ". / Source " + definition.id() + " reads a "
                    + "database; import it without a file: import --source " + definition.id() + ".");
        }
        refuseBsnWithoutConfiguredKey(definition);
        return run(DeliveryFolder.scanSource(fileOrFolder, definition, period, LocalDate.now(clock)));
    }

    private String knownSources() {
        return definitions.all().isEmpty() ? "(geen / none)"
                : String.join(", ", definitions.all().stream().map(SourceDefinition::id).toList());
    }

    private Outcome run(DeliveryFolder delivery) {
        Path folder = delivery.folder();
        refuseBsnWithoutConfiguredKey(delivery);
        if (store.status(delivery.id()).filter(s -> !s.equals(DeliveryStore.BUSY)).isPresent()) {
            return new Outcome(store.summary(delivery.id()), true);
        }
        store.register(delivery, properties.maxRejectShare());
        JobParameters parameters = parameters(delivery.id());
        JobExecution run;
        try {
            run = exclusiveRuns.run(ImportJobConfiguration.JOB_NAME, parameters, () -> {
                log.info("Import of delivery {} from source {} ({}) starts", delivery.id(), delivery.source(), folder);
                return jobLauncher.run(deliveryImport, parameters);
            });
        } catch (ExclusiveJobRuns.AlreadyRunningException e) {
            throw new DeliveryRefusedException(
                    "Deze levering wordt op dit moment al geïmporteerd door een ander proces. Wacht tot dat klaar is.",
                    "This delivery is being imported by another process right now. Wait until it has finished.");
        } catch (JobExecutionException e) {
            throw new IllegalStateException("The import of " + folder + " could not be run: " + e.getMessage(), e);
        }
        if (run.getStatus() != BatchStatus.COMPLETED) {
            Optional<FileChangedException> changed = run.getAllFailureExceptions().stream()
                    .flatMap(DeliveryImporter::causes).filter(FileChangedException.class::isInstance)
                    .map(FileChangedException.class::cast).findFirst();
            if (changed.isPresent()) {
                throw refuseChanged(delivery, changed.get().file());
            }
            throw new ImportFailedException(delivery.id(), run);
        }
        return new Outcome(store.summary(delivery.id()), false);
    }

    /**
     * A file changed while it was imported (a supplier still writing, or a second copy over the first): what was
     * imported of it is withdrawn and the delivery refused, so no half of a file ever counts.
     */
    private DeliveryRefusedException refuseChanged(DeliveryFolder delivery, String file) {
        String dutch = file + " is veranderd terwijl het werd geïmporteerd; wat al was ingelezen telt niet mee. Lever de "
                + "levering opnieuw aan als alle bestanden compleet zijn (zet er dan een bestand READY bij).";
        String english = file + " changed while it was being imported; what had been read does not count. Deliver "
                + "again once every file is complete (and add a file READY).";
        DeliveryWithdrawal.Withdrawn withdrawn = withdrawal.withdraw(delivery.id());
        store.refuseUnfinished(delivery.id(), file, dutch, english);
        log.warn("Delivery {}: {} ({} records withdrawn)", delivery.id(), english, withdrawn.records());
        return new DeliveryRefusedException(dutch, english);
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }

    static JobParameters parameters(String deliveryId) {
        return new JobParametersBuilder().addString(ImportJobConfiguration.DELIVERY, deliveryId).toJobParameters();
    }

    /** A source whose client column is a BSN needs a configured key like a canonical delivery with a bsn column. */
    void refuseBsnWithoutConfiguredKey(SourceDefinition definition) {
        if (key.isConfigured() || definition.clientRule().filter(r -> r.target().equals("bsn")).isEmpty()) {
            return;
        }
        throw new DeliveryRefusedException(
                "Brondefinitie " + definition.shownName() + " leest een BSN, maar er is geen pseudonimiseringssleutel "
                        + "ingesteld. Stel pm.pseudonym-key (of PM_PSEUDONYM_KEY) in en importeer opnieuw; er is niets "
                        + "geïmporteerd.",
                "Source definition " + definition.shownName() + " reads a BSN, but no pseudonymisation key is "
                        + "configured. Set pm.pseudonym-key (or PM_PSEUDONYM_KEY) and import again; nothing was imported.");
    }

    /** A real BSN may only be pseudonymised with a key the operator configured, never with the demo key. */
    private void refuseBsnWithoutConfiguredKey(DeliveryFolder delivery) {
        if (key.isConfigured() || delivery.definition() != null) {
            return;
        }
        for (DeliveryFolder.DeliveredFile file : delivery.files()) {
            if (file.entity().filter(CanonicalEntity::hasClient).isEmpty()) {
                continue;
            }
            try (TabularReader rows = TabularFiles.open(file.path())) {
                if (rows.header().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals("bsn"))) {
                    throw new DeliveryRefusedException(
                            file.name() + " heeft een kolom bsn, maar er is geen pseudonimiseringssleutel ingesteld. "
                                    + "Stel pm.pseudonym-key (of PM_PSEUDONYM_KEY) in en importeer opnieuw; er is niets "
                                    + "geïmporteerd.",
                            file.name() + " has a bsn column, but no pseudonymisation key is configured. Set "
                                    + "pm.pseudonym-key (or PM_PSEUDONYM_KEY) and import again; nothing was imported.");
                }
            } catch (DeliveryRefusedException e) {
                throw e;
            } catch (Exception unreadable) {
                // The file inspection refuses it with its own message.
            }
        }
    }
}
