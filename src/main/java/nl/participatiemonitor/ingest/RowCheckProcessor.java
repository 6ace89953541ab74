package nl.participatiemonitor.ingest;

import java.util.function.Supplier;
import nl.participatiemonitor.source.SourceMapping;
import nl.participatiemonitor.source.SourceRow;
import nl.participatiemonitor.source.UnreadableFileException;
import org.springframework.batch.item.ItemProcessor;

/**
 * Validates each row of a file with a {@link RowValidator} built on the file's header once the reader
 * has opened it. A source's file is first mapped onto canonical rows by its {@link SourceMapping}; a row
 * the mapping cannot translate is rejected there. Never filters: every row comes out valid or rejected,
 * so the counts add up.
 */
class RowCheckProcessor implements ItemProcessor<SourceRow, CheckedRow> {

    private final ImportFile file;
    private final DeliveryFileReader reader;
    private final Supplier<ReferenceData> references;
    private final PseudonymKey key;
    private final RowValidator.Dates dates;
    private RowValidator validator;
    private SourceMapping mapping;

    RowCheckProcessor(ImportFile file, DeliveryFileReader reader, Supplier<ReferenceData> references,
            PseudonymKey key, RowValidator.Dates dates) {
        this.file = file;
        this.reader = reader;
        this.references = references;
        this.key = key;
        this.dates = dates;
    }

    @Override
    public CheckedRow process(SourceRow row) throws UnreadableFileException {
        if (validator == null) {
            java.util.List<String> header = reader.header();
            if (file.definition() != null) {
                mapping = SourceMapping.bind(file.definition(), file.path(), header);
                header = mapping.header();
            }
            validator = new RowValidator(file.entity(), ColumnLayout.of(file.entity(), header,
                    file.definition() != null && file.definition().isJdbc()),
                    references.get(), new Pseudonymiser(key.bytes()), dates);
        }
        if (mapping == null) {
            return validator.check(row);
        }
        SourceMapping.Mapped mapped = mapping.map(row);
        if (mapped instanceof SourceMapping.Mapped.Rejected rejected) {
            return new CheckedRow.Rejected(rejected.line(), rejected.problems());
        }
        return validator.check(((SourceMapping.Mapped.Row) mapped).row());
    }
}
