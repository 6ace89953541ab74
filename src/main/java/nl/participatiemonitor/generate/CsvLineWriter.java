package nl.participatiemonitor.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one canonical CSV file: UTF-8 without BOM, {@code ;} between fields, {@code \n} after each
 * line, a header row, and RFC 4180 quotes only around values holding {@code ;}, {@code "} or a line
 * break. Values: null is empty, a {@link Boolean} is {@code J}/{@code N}, a date is {@code yyyy-MM-dd}.
 */
final class CsvLineWriter implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final int width;
    private long rows;

    CsvLineWriter(Path file, String... header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        this.width = header.length;
        write((Object[]) header);
    }

    /** Writes one data row with exactly as many values as the header has columns. */
    void row(Object... values) throws IOException {
        if (values.length != width) {
            throw new IllegalArgumentException("Row has " + values.length + " values, header " + width);
        }
        write(values);
        rows++;
    }

    /** Data rows written so far (the header not counted). */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void write(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(text(values[i]));
        }
        out.write('\n');
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "J" : "N";
        }
        String text = value instanceof LocalDate date ? date.toString() : value.toString();
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ';' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
