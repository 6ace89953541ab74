package nl.participatiemonitor.metrics.expectations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An {@code indicatoren.csv} (or {@code open-data.csv}, same columns) read exactly as METRICS.md
 * "Machine-readable form" defines it: UTF-8, {@code ;}-separated, the spec's header, one row per
 * (gemeente, periode, indicator, dimensie).
 */
final class IndicatorCsv {

    static final String HEADER = "gemeente_code;periode;indicator;dimensie;waarde;teller;noemer;onderdrukt";

    /** One line of the file, values as written (empty string for an empty field). */
    record Row(long line, String gemeente, String periode, String indicator, String dimensie, String waarde,
            String teller, String noemer, String onderdrukt) {

        String label() {
            return gemeente + " " + periode + " " + indicator + (dimensie.isEmpty() ? "" : " [" + dimensie + "]")
                    + " (line " + line + ")";
        }
    }

    private final Path file;
    private final String header;
    private final List<Row> rows;

    private IndicatorCsv(Path file, String header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static IndicatorCsv read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).replaceFirst("\r$", "");
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            boolean first = true;
            for (CSVRecord record : parser) {
                if (first) {
                    first = false;
                    continue;
                }
                long line = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != 8) {
                    throw new AssertionError(file.getFileName() + " line " + line + " has " + record.size()
                            + " fields instead of 8: " + record);
                }
                rows.add(new Row(line, record.get(0), record.get(1), record.get(2), record.get(3), record.get(4),
                        record.get(5), record.get(6), record.get(7)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorCsv(file, header, rows);
    }

    /** The first line must be the spec's header, byte for byte (no BOM, no quotes, no other names). */
    void assertHeaderIsTheSpecs() {
        assertThat(header).as("header of %s", file.getFileName()).isEqualTo(HEADER);
    }

    String header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** The row of one figure; a figure written twice is an error of the file, not a choice. */
    Optional<Row> find(String gemeente, String periode, String indicator, String dimensie) {
        List<Row> found = rows.stream()
                .filter(r -> r.gemeente().equals(gemeente) && r.periode().equals(periode)
                        && r.indicator().equals(indicator) && r.dimensie().equals(dimensie))
                .toList();
        if (found.size() > 1) {
            throw new AssertionError(file.getFileName() + " holds " + gemeente + " " + periode + " " + indicator
                    + " [" + dimensie + "] " + found.size() + " times: " + found);
        }
        return found.stream().findFirst();
    }

    Row row(String gemeente, String periode, String indicator, String dimensie) {
        return find(gemeente, periode, indicator, dimensie).orElseThrow(() -> new AssertionError(file.getFileName()
                + " has no row " + gemeente + " " + periode + " " + indicator + " [" + dimensie + "]"));
    }

    /** Every row of one indicator of a municipality and period: the total and its breakdown cells. */
    List<Row> rows(String gemeente, String periode, String indicator) {
        return rows.stream().filter(r -> r.gemeente().equals(gemeente) && r.periode().equals(periode)
                && r.indicator().equals(indicator)).toList();
    }

    String value(String gemeente, String periode, String indicator, String dimensie) {
        return row(gemeente, periode, indicator, dimensie).waarde();
    }

    String teller(String gemeente, String periode, String indicator, String dimensie) {
        return row(gemeente, periode, indicator, dimensie).teller();
    }

    String noemer(String gemeente, String periode, String indicator, String dimensie) {
        return row(gemeente, periode, indicator, dimensie).noemer();
    }

    String onderdrukt(String gemeente, String periode, String indicator, String dimensie) {
        return row(gemeente, periode, indicator, dimensie).onderdrukt();
    }
}
