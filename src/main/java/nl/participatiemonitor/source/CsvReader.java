package nl.participatiemonitor.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams a UTF-8 CSV file with RFC 4180 quoting and a detected delimiter; not thread-safe. */
final class CsvReader implements TabularReader {

    private static final int BUFFER = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private List<String> header;
    private long lastLine;

    private CsvReader(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvReader open(Path file) throws IOException, UnreadableFileException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(file))
                .setIgnoreEmptyLines(true)
                .get();
        CsvReader reader = new CsvReader(format.parse(text(file)));
        try {
            SourceRow first = reader.next();
            if (first == null) {
                throw Refusals.emptyFile(file);
            }
            if (first.line() != 1 || first.values().stream().allMatch(String::isEmpty)) {
                throw Refusals.emptyHeaderLine(file);
            }
            reader.header = first.values();
            if (reader.header.size() == 1) {
                refuseOtherDelimiter(file, reader.header.get(0));
            }
            return reader;
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // The parser counts the lines up to the end of the record; a record that did not start
        // right after the previous one spans embedded line breaks or follows skipped empty lines.
        long end = parser.getCurrentLineNumber();
        long line = end == lastLine + 1 ? end : end - lineBreaks(record);
        lastLine = end;
        // The header row itself keeps all its fields.
        String[] values = new String[header == null ? record.size() : header.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < record.size() ? record.get(i).strip() : "";
        }
        return new SourceRow(line, Arrays.asList(values), record.size());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts line breaks inside quoted values the way the parser does: CR, LF and CRLF each once. */
    private static long lineBreaks(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /**
     * The delimiter of the header line: ';' or ',', whichever occurs more often outside quotes; on a
     * tie ';' when present, otherwise ','.
     */
    static char delimiter(Path file) throws IOException {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        try (Reader reader = new BufferedReader(text(file))) {
            for (int c; (c = reader.read()) != -1; ) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    semicolons += c == ';' ? 1 : 0;
                    commas += c == ',' ? 1 : 0;
                }
            }
        }
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /**
     * A header of one column that holds another common delimiter was written with that delimiter: every line
     * would be one field, so the file is refused with the delimiter named instead of with every column missing.
     */
    private static void refuseOtherDelimiter(Path file, String header) throws UnreadableFileException {
        for (char other : new char[] {'|', '\t'}) {
            if (header.indexOf(other) >= 0) {
                throw Refusals.otherDelimiter(file, other);
            }
        }
    }

    /** The file as strictly decoded UTF-8 text, without a leading byte order mark. */
    private static Reader text(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        in.mark(BOM.length);
        if (!Arrays.equals(in.readNBytes(BOM.length), BOM)) {
            in.reset();
        }
        return new InputStreamReader(in, strictUtf8());
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Refuses a file with a field longer than the limit or a line with more fields than the limit, before the
     * parser holds such a field in memory; follows RFC 4180 quoting (a quoted field may span lines), in
     * constant memory.
     */
    static void checkShape(Path file, FileLimits limits) throws IOException, UnreadableFileException {
        char delimiter = delimiter(file);
        long line = 1;
        long fieldStart = 1;
        long fieldLength = 0;
        int fields = 1;
        boolean quoted = false;
        boolean afterCr = false;
        try (Reader reader = new BufferedReader(text(file), BUFFER)) {
            for (int c; (c = reader.read()) != -1; ) {
                boolean lineBreak = c == '\r' || c == '\n' && !afterCr;
                afterCr = c == '\r';
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\r' || c == '\n')) {
                    fields = 1;
                    fieldLength = 0;
                    fieldStart = line + (lineBreak ? 1 : 0);
                } else if (!quoted && c == delimiter) {
                    if (++fields > limits.maxColumns()) {
                        throw Refusals.tooManyColumns(file, line, limits.maxColumns());
                    }
                    fieldLength = 0;
                    fieldStart = line;
                } else if (++fieldLength > limits.maxFieldChars()) {
                    throw Refusals.fieldTooLong(file, fieldStart, limits.maxFieldChars());
                }
                if (lineBreak) {
                    line++;
                }
            }
        }
    }

    /**
     * Refuses, with a message that says how to save the file, two formats a CSV file often turns out to be: UTF-16
     * text (Excel's "Unicode text"), recognised by its byte order mark or by the zero byte every other byte of
     * ASCII text gets in it, and a workbook or other zip archive renamed to .csv. Leaves what it read in {@code in}.
     */
    private static void refuseOtherFormats(Path file, ReadableByteChannel channel, ByteBuffer in)
            throws IOException, UnreadableFileException {
        while (in.position() < 4 && channel.read(in) >= 0) {
            // read the first bytes
        }
        if (in.position() < 2) {
            return;
        }
        int b0 = in.get(0) & 0xFF;
        int b1 = in.get(1) & 0xFF;
        boolean bom = b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        boolean zeros = in.position() >= 4 && (b0 != 0 && b1 == 0 && in.get(2) != 0 && in.get(3) == 0
                || b0 == 0 && b1 != 0 && in.get(2) == 0 && in.get(3) != 0);
        if (bom || zeros) {
            throw Refusals.utf16(file);
        }
        if (in.position() >= 4 && b0 == 'P' && b1 == 'K' && in.get(2) == 3 && in.get(3) == 4) {
            throw Refusals.zipNamedCsv(file);
        }
    }

    /**
     * Refuses a file that is not valid UTF-8 or contains a NUL byte, naming the line and the byte
     * offset (counted from 0) of the first bad byte. Streams the file in constant memory.
     */
    static void checkText(Path file) throws IOException, UnreadableFileException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long offset = 0;
        long line = 1;
        boolean afterCr = false;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            refuseOtherFormats(file, channel, in);
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result;
                do {
                    out.clear();
                    result = decoder.decode(in, out, end);
                } while (result.isOverflow());
                for (int i = 0; i < in.position(); i++) {
                    byte b = in.get(i);
                    if (b == 0) {
                        throw Refusals.binary(file, line, offset + i);
                    }
                    if (b == '\r' || b == '\n' && !afterCr) {
                        line++;
                    }
                    afterCr = b == '\r';
                }
                if (result.isError()) {
                    throw Refusals.notUtf8(file, line, offset + in.position());
                }
                offset += in.position();
                in.compact();
            }
        }
    }
}
