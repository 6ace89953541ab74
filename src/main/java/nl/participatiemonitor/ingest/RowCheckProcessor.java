package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.util.function.Supplier;
import nl.participatiemonitor.source.SourceRow;
import org.springframework.batch.item.ItemProcessor;

/**
 * Validates each row of a file with a {@link RowValidator} built on the file's header once the reader
 * has opened it. Never filters: every row comes out valid or rejected, so the counts add up.
 */
class RowCheckProcessor implements ItemProcessor<SourceRow, CheckedRow> {

    private final ImportFile file;
    private final DeliveryFileReader reader;
    private final Supplier<ReferenceData> references;
    private final PseudonymKey key;
    private final LocalDate importDay;
    private RowValidator validator;

    RowCheckProcessor(ImportFile file, DeliveryFileReader reader, Supplier<ReferenceData> references,
            PseudonymKey key, LocalDate importDay) {
        this.file = file;
        this.reader = reader;
        this.references = references;
        this.key = key;
        this.importDay = importDay;
    }

    @Override
    public CheckedRow process(SourceRow row) {
        if (validator == null) {
            validator = new RowValidator(file.entity(), ColumnLayout.of(file.entity(), reader.header()),
                    references.get(), new Pseudonymiser(key.bytes()), importDay);
        }
        return validator.check(row);
    }
}
