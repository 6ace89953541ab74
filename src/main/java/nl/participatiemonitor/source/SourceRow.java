package nl.participatiemonitor.source;

import java.util.List;

/**
 * One data record of a delivery file.
 *
 * @param line the physical 1-based line in the file where the record starts (the header is line 1);
 *     for XLSX the 1-based spreadsheet row number
 * @param values the trimmed values in header column order, padded with "" when the row is shorter
 *     than the header; values beyond the header are left out
 * @param fieldCount the number of fields actually present in the source row, so a caller can
 *     reject a row with more fields than the header
 */
public record SourceRow(long line, List<String> values, int fieldCount) {

    public SourceRow {
        values = List.copyOf(values);
    }
}
