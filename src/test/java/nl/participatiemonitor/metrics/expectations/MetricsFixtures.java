package nl.participatiemonitor.metrics.expectations;

import nl.participatiemonitor.support.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.ingest.DeliverySummary;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fixture deliveries under {@code src/test/resources/deliveries/metrics} and the steps every
 * expectation test takes: import a fixture (which must import without a single reject, so a mistake in
 * the fixture never passes for a mistake in the figures), run the indicator job through the command
 * line, and find its output files.
 */
final class MetricsFixtures {

    /** The period of every fixture: P = [2026-07-01, 2026-09-30], R = 2026-09-30. */
    static final String PERIOD = "2026-Q3";

    static final String CONTACT = "contact";
    static final String COMPLAINTS = "klachten";
    static final String ADVICE = "advies";

    private MetricsFixtures() {
    }

    static Path folder(String name) {
        try {
            return Path.of(MetricsFixtures.class.getResource("/deliveries/metrics/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the fixture and asserts every line of every file was imported: none rejected, refused or ignored. */
    static DeliverySummary importWithoutRejects(DeliveryImporter importer, JdbcTemplate jdbc, String name) {
        DeliverySummary summary;
        try {
            summary = importer.importFolder(folder(name), null, null).delivery();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> rejects = jdbc.query("SELECT regel, kolom, waarde, reden FROM afwijzingen ORDER BY regel, id",
                (rs, i) -> "line " + rs.getLong(1) + " " + rs.getString(2) + "='" + rs.getString(3) + "': "
                        + rs.getString(4));
        assertThat(rejects).as("rejects of fixture %s", name).isEmpty();
        for (DeliverySummary.FileSummary file : summary.files()) {
            assertThat(file.refused()).as("%s refused: %s", file.name(), file.message()).isFalse();
            assertThat(file.rejected()).as("%s rejected lines", file.name()).isZero();
            assertThat(file.imported()).as("%s imported lines", file.name()).isEqualTo(file.read()).isPositive();
            assertThat(file.ignoredColumns()).as("%s ignored columns (a misspelt column?)", file.name())
                    .isNullOrEmpty();
        }
        assertThat(summary.rejected()).isZero();
        assertThat(summary.status()).isEqualTo("GEACCEPTEERD");
        return summary;
    }

    /**
     * Runs {@code run --period 2026-Q3 --output <output> --municipality ...} in-process and asserts it
     * succeeded.
     */
    static CliRun runIndicators(ApplicationContext context, Path output, String... municipalities) {
        List<String> args = new ArrayList<>(List.of("run", "--period", PERIOD, "--output", output.toString()));
        for (String municipality : municipalities) {
            args.add("--municipality");
            args.add(municipality);
        }
        CliRun run = CliRun.run(context, args.toArray(String[]::new));
        assertThat(run.exitCode()).as("exit code of %s%nout:%n%s%nerr:%n%s", args, run.out(), run.err()).isZero();
        return run;
    }

    /**
     * An output file of the run: {@code <output>/<name>} as the job's interface says, or else the only
     * file of that name below {@code output} (REPORTS.md archives outputs under
     * {@code <output>/<periode>/<scope>/r<revision>/}).
     */
    static Path outputFile(Path output, String name) {
        Path direct = output.resolve(name);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertThat(found).as("exactly one %s below %s", name, output).hasSize(1);
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
