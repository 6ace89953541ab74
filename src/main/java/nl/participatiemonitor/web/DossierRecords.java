package nl.participatiemonitor.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.report.archive.ArchiveReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records behind the figures of one municipality and period, read from the latest archived dossier CSV: what
 * was published, so the console shows the reviewer exactly the records the dossier file holds. Read in one pass
 * per request, keeping only the page asked for.
 */
final class DossierRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    /** A figure of the dossier: indicator and dimension, with how many records counted in teller and noemer. */
    record Figure(String indicator, String label, String dimension, long teller, long noemer, long other) {

        public long records() {
            return teller + noemer + other;
        }
    }

    /** One record behind a figure. */
    record Row(String indicator, String dimension, String role, String entity, String key, String client,
            String value, String delivery, String file, String line) {

        public String shortDelivery() {
            return delivery.length() > 12 ? delivery.substring(0, 12) : delivery;
        }
    }

    /** A page of rows matching a filter, and how many matched in all. */
    record Page(List<Row> rows, long matching, int page, int pages) {
    }

    /** What the reviewer narrows the records to; an empty dimension or role means any. */
    record Filter(String indicator, String dimension, String role) {

        boolean matches(CSVRecord record) {
            return record.get("indicator").equals(indicator)
                    && (dimension == null || dimension.isEmpty() || record.get("dimensie").equals(dimension))
                    && (role == null || role.isEmpty() || record.get("rol").equals(role));
        }
    }

    private final ArchiveReader.Listing listing;
    private final ArchiveReader.ArchivedFile csv;

    private DossierRecords(ArchiveReader.Listing listing, ArchiveReader.ArchivedFile csv) {
        this.listing = listing;
        this.csv = csv;
    }

    /** The latest dossier of a municipality for a period, when one was published. */
    static Optional<DossierRecords> latest(ArchiveReader archive, String period, String municipality) {
        String scope = "dossier-" + municipality;
        return archive.listings().stream().filter(l -> l.period().equals(period) && l.scope().equals(scope))
                .max(Comparator.comparingInt(ArchiveReader.Listing::revision))
                .flatMap(listing -> listing.files().stream().filter(f -> f.name().endsWith(".csv")).findFirst()
                        .map(csv -> new DossierRecords(listing, csv)));
    }

    ArchiveReader.Listing listing() {
        return listing;
    }

    String csvName() {
        return csv.name();
    }

    /** Every figure with records, in the order of the dossier. */
    List<Figure> figures() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        read(record -> {
            long[] count = counts.computeIfAbsent(record.get("indicator") + "|" + record.get("dimensie"), k -> new long[3]);
            count[switch (record.get("rol")) {
                case "teller" -> 0;
                case "noemer" -> 1;
                default -> 2;
            }]++;
        });
        List<Figure> figures = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split("\\|", -1);
            figures.add(new Figure(parts[0], label(parts[0]), parts[1], count[0], count[1], count[2]));
        });
        return figures;
    }

    /** Page {@code page} (from 1) of the rows matching {@code filter}. */
    Page rows(Filter filter, int page, int pageSize) {
        List<Row> rows = new ArrayList<>();
        long from = (long) (Math.max(page, 1) - 1) * pageSize;
        long[] matching = {0};
        read(record -> {
            if (filter.matches(record)) {
                if (matching[0] >= from && rows.size() < pageSize) {
                    rows.add(new Row(record.get("indicator"), record.get("dimensie"), record.get("rol"),
                            record.get("entiteit"), record.get("sleutel"), record.get("client_pseudoniem"),
                            record.get("waarde"), record.get("levering_id"), record.get("bestand"), record.get("regel")));
                }
                matching[0]++;
            }
        });
        int pages = (int) Math.max(1, (matching[0] + pageSize - 1) / pageSize);
        return new Page(rows, matching[0], Math.max(page, 1), pages);
    }

    static String label(String indicator) {
        try {
            return Indicator.valueOf(indicator).label();
        } catch (IllegalArgumentException unknown) {
            return indicator;
        }
    }

    private void read(java.util.function.Consumer<CSVRecord> sink) {
        try (Reader reader = Files.newBufferedReader(csv.path(), StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                sink.accept(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
