package nl.participatiemonitor.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.participatiemonitor.source.SourceDefinition;
import nl.participatiemonitor.source.SourceMapping;
import nl.participatiemonitor.source.TabularFiles;
import nl.participatiemonitor.source.TabularReader;
import nl.participatiemonitor.source.UnreadableFileException;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * First step of an import: reads every file of the delivery once, completely, before anything is
 * imported, and refuses whole the files that cannot be read (wrong name or type, not UTF-8, no
 * header, a required column missing, oversized, zip bomb). A refused file is not imported at all.
 */
class FileInspection implements Tasklet {

    private final String deliveryId;
    private final DeliveryStore store;
    private final ImportProperties properties;

    FileInspection(String deliveryId, DeliveryStore store, ImportProperties properties) {
        this.deliveryId = deliveryId;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Set<CanonicalEntity> seen = EnumSet.noneOf(CanonicalEntity.class);
        for (ImportFile file : store.filesToImport(deliveryId)) {
            if (file.entity() != null && !seen.add(file.entity())) {
                store.refuseFile(file.fileId(), file.name() + " is het tweede bestand voor " + file.entity().fileName()
                                + " in deze levering. Lever per entiteit één bestand aan.",
                        file.name() + " is the second file for " + file.entity().fileName()
                                + " in this delivery. Deliver one file per entity.");
                continue;
            }
            if (file.entity() == null) {
                store.refuseFile(file.fileId(), file.name() + " is geen bestand van het leveringsformaat. Noem het bestand "
                                + "naar een entiteit (" + entityNames() + "), met .csv of .xlsx.",
                        file.name() + " is not a file of the delivery format. Name the file after an entity ("
                                + entityNames() + "), with .csv or .xlsx.");
                continue;
            }
            try {
                if (file.definition() != null) {
                    refuseOtherKind(file);
                }
                TabularFiles.inspect(file.path(), properties.fileLimits(), file.layout());
                try (TabularReader rows = TabularFiles.open(file.path(), file.layout())) {
                    if (file.definition() != null) {
                        // The definition was checked against the catalogue at start-up; what is left is
                        // whether the file has the columns it reads.
                        SourceMapping mapping = SourceMapping.bind(file.definition(), file.path(), rows.header());
                        store.noteIgnoredColumns(file.fileId(), mapping.ignoredColumns());
                        continue;
                    }
                    if (rows.header().stream().anyMatch(c -> c.equalsIgnoreCase(SourceMapping.CLIENT_PSEUDONYM))) {
                        // Stored as delivered, a supplier's "pseudonym" could be an unkeyed hash of a BSN, or
                        // another municipality's client.
                        store.refuseFile(file.fileId(), file.name() + " heeft een kolom " + SourceMapping.CLIENT_PSEUDONYM
                                        + "; die kolom maakt de applicatie alleen zelf, bij het uitlezen van een database. "
                                        + "Lever het cliëntnummer als client_id (of bsn), dan pseudonimiseert de applicatie "
                                        + "het met haar eigen sleutel.",
                                file.name() + " has a column " + SourceMapping.CLIENT_PSEUDONYM + "; only the application "
                                        + "itself writes that column, when it reads a database. Deliver the client number as "
                                        + "client_id (or bsn) and the application pseudonymises it with its own key.");
                        continue;
                    }
                    ColumnLayout layout = ColumnLayout.of(file.entity(), rows.header(), false);
                    if (!layout.missing().isEmpty()) {
                        String missing = String.join(", ", layout.missing());
                        store.refuseFile(file.fileId(), file.name() + " mist de verplichte kolom(men) " + missing
                                        + ". Voeg de kolom toe aan de kopregel en lever het bestand opnieuw aan.",
                                file.name() + " lacks the required column(s) " + missing
                                        + ". Add the column to the header and deliver the file again.");
                        continue;
                    }
                    store.noteIgnoredColumns(file.fileId(), layout.extra());
                }
            } catch (UnreadableFileException e) {
                store.refuseFile(file.fileId(), e.dutch(), e.english());
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** A CSV source delivers CSV files and an XLSX source workbooks: another kind is refused whole. */
    private static void refuseOtherKind(ImportFile file) throws UnreadableFileException {
        boolean csv = TabularFiles.isCsvFile(file.path());
        SourceDefinition.Kind kind = file.definition().kind();
        // A database source's extract is written as CSV.
        if (csv != (kind != SourceDefinition.Kind.XLSX)) {
            String expected = kind == SourceDefinition.Kind.XLSX ? "XLSX" : "CSV";
            String article = kind == SourceDefinition.Kind.XLSX ? "an " : "a ";
            throw new UnreadableFileException(file.path(),
                    file.name() + " is geen " + expected + "-bestand, en brondefinitie " + file.definition().shownName()
                            + " beschrijft een " + expected + "-bron. Lever het bestand aan zoals de bron het uitvoert.",
                    file.name() + " is not " + article + expected + " file, and source definition "
                            + file.definition().shownName() + " describes " + article + expected
                            + " source. Deliver the file as the source exports it.");
        }
    }

    private static String entityNames() {
        return String.join(", ", List.of(CanonicalEntity.values()).stream().map(CanonicalEntity::fileName).toList());
    }
}
