package nl.participatiemonitor.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void detectsSemicolonAndReadsRows() throws Exception {
        Path file = write("klachten.csv", "klacht_id;gemeente_code;omschrijving\nK1;GM0363;a,b,c\nK2;GM0599;x\n");

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.header()).containsExactly("klacht_id", "gemeente_code", "omschrijving");
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("K1", "GM0363", "a,b,c"), 3));
            assertThat(reader.next()).isEqualTo(new SourceRow(3, List.of("K2", "GM0599", "x"), 3));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void detectsCommaWhenItOccursMoreOftenOutsideQuotes() throws Exception {
        Path file = write("c.csv", "\"a;b;c\",d,e\n\"x;y\",1,2\n");

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.header()).containsExactly("a;b;c", "d", "e");
            assertThat(reader.next().values()).containsExactly("x;y", "1", "2");
        }
    }

    @Test
    void delimiterTieAndSingleColumn() throws Exception {
        assertThat(CsvReader.delimiter(write("tie.csv", "a;b,c\n"))).isEqualTo(';');
        assertThat(CsvReader.delimiter(write("one.csv", "naam\nPiet\n"))).isEqualTo(',');
        assertThat(CsvReader.delimiter(write("only-commas.csv", "a,b\n1;2;3\n"))).isEqualTo(',');
    }

    @Test
    void removesBomAndTrimsHeaderAndValues() throws Exception {
        byte[] body = " id ; naam \n 1 ;  Jan  \n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = dir.resolve("bom.csv");
        Files.write(file, bytes);

        try (TabularReader reader = TabularFiles.open(file)) {
            assertThat(reader.header()).containsExactly("id", "naam");
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("1", "Jan"), 2));
        }
    }

    @Test
    void quotedFieldsWithDelimiterAndEmbeddedNewlineKeepLineNumbersRight() throws Exception {
        Path file = write("q.csv", "id;tekst;x\n1;\"a;b\";c\n2;\"regel een\nregel twee\nregel drie\";d\n3;e;f\n");

        assertThat(readAll(file)).containsExactly(
                new SourceRow(2, List.of("1", "a;b", "c"), 3),
                new SourceRow(3, List.of("2", "regel een\nregel twee\nregel drie", "d"), 3),
                new SourceRow(6, List.of("3", "e", "f"), 3));
    }

    @Test
    void shortRowIsPaddedAndLongRowReportsItsFieldCount() throws Exception {
        Path file = write("s.csv", "a;b;c\n1\n1;2;3;4\n");

        assertThat(readAll(file)).containsExactly(
                new SourceRow(2, List.of("1", "", ""), 1),
                new SourceRow(3, List.of("1", "2", "3"), 4));
    }

    @Test
    void skipsEmptyLinesButKeepsLinesOfOnlyDelimiters() throws Exception {
        Path file = write("e.csv", "a;b\n\n1;2\n\n\n;\n3;\"x\ny\"\n\n");

        assertThat(readAll(file)).containsExactly(
                new SourceRow(3, List.of("1", "2"), 2),
                new SourceRow(6, List.of("", ""), 2),
                new SourceRow(7, List.of("3", "x\ny"), 2));
    }

    @Test
    void readsCrlfLineEndings() throws Exception {
        Path file = write("crlf.csv", "a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5");

        assertThat(readAll(file)).containsExactly(
                new SourceRow(2, List.of("1", "2"), 2),
                new SourceRow(4, List.of("3", "x\r\ny"), 2),
                new SourceRow(6, List.of("4", "5"), 2));
    }

    @Test
    void restartReadsTheSameRowsAgain() throws Exception {
        Path file = write("r.csv", "a\n1\n2\n3\n");

        List<SourceRow> first = readAll(file);
        try (TabularReader reader = TabularFiles.open(file)) {
            reader.next();
            reader.next();
            assertThat(reader.next()).isEqualTo(first.get(2)).isEqualTo(new SourceRow(4, List.of("3"), 1));
        }
    }

    private List<SourceRow> readAll(Path file) throws IOException, UnreadableFileException {
        List<SourceRow> rows = new ArrayList<>();
        try (TabularReader reader = TabularFiles.open(file)) {
            for (SourceRow row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
