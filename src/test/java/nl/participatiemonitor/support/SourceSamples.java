package nl.participatiemonitor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sample exports under src/test/resources/sources, written for the example source definitions. */
public final class SourceSamples {

    private static final Pattern BSN = Pattern.compile("\\{\\{bsn (\\d+)}}");

    private SourceSamples() {
    }

    /** The complaint register in Excel of voorbeeld-klachtenregister. */
    public static Path complaintRegister() {
        return resource("klachtenregister/klachtenregister-2026-Q3.xlsx");
    }

    /**
     * The client system's export of voorbeeld-clientsysteem, written into {@code dir} with the BSN
     * placeholders replaced by {@link TestBsns#valid} numbers, keeping only the lines {@code keep} accepts
     * (the header always stays).
     */
    public static Path clientExport(Path dir, String name, Predicate<String> keep) {
        try {
            List<String> lines = Files.readAllLines(resource("clientsysteem/clienten-export-2026-09-30.csv"),
                    StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                if (keep.test(line)) {
                    text.append(withBsns(line)).append('\n');
                }
            }
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path clientExport(Path dir) {
        return clientExport(dir, "clienten-export-2026-09-30.csv", line -> true);
    }

    /** The sample BSN of the n-th client of the export ({{bsn n}}). */
    public static String bsn(int n) {
        return TestBsns.valid(n);
    }

    /** (Re)creates the case-management tables voorbeeld-zaaksysteem reads, empty, in the test database. */
    public static void createCaseSystem(JdbcTemplate jdbc) {
        jdbc.execute("DROP TABLE IF EXISTS zaaksysteem_contactmoment");
        jdbc.execute("DROP TABLE IF EXISTS zaaksysteem_klant");
        try {
            String script = Files.readString(resource("zaaksysteem/zaaksysteem.sql"), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "");
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withBsns(String line) {
        Matcher m = BSN.matcher(line);
        return m.replaceAll(r -> bsn(Integer.parseInt(r.group(1))));
    }

    private static Path resource(String name) {
        try {
            return Path.of(SourceSamples.class.getResource("/sources/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
