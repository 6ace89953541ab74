package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.participatiemonitor.audit.AuditEntry;
import nl.participatiemonitor.audit.AuditTrail;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.support.ChildProcess;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * kill -9 during a publication: {@code run --period 2026-Q3} runs in a child JVM on the test's database and day and is
 * killed while it writes the first raadsrapportage. The archive then holds only complete revisions (verify passes),
 * {@code runs} shows the publication ONDERBROKEN, {@code runs --failed} lists it, the audit trail holds the killed
 * command's start, and {@code runs restart} finishes it byte for byte as a publication that was never interrupted.
 */
@IntegrationTest
class PublicationKillTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    private ChildProcess child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null) {
            child.close();
        }
    }

    @Test
    void aPublicationKilledWhileWritingARevisionIsInterruptedVerifiableAndFinishesByteForByte() throws Exception {
        importer.importFolder(TestDeliveries.complete(), null, null);
        Path clean = dir.resolve("schoon");
        assertThat(CliRun.run(context, "run", "--period", "2026-Q3", "--output", clean.toString()).exitCode()).isZero();
        Path output = dir.resolve("uitvoer");

        child = ChildProcess.start(context, dir.resolve("child.log"), Map.of("pm.clock.fixed", clock.instant().toString(),
                "pm.test.pause-after-file", "raadsrapportage-"), "run", "--period", "2026-Q3", "--output", output.toString());
        Path halfWritten = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> firstInScratch(output, "raadsrapportage-"), Optional::isPresent).orElseThrow();
        child.kill();

        assertThat(halfWritten.getParent().getFileName().toString()).startsWith(".r1.partial-");
        assertThat(revisionsWithoutManifest(output)).isEmpty();
        CliRun verify = CliRun.run(context, "verify", output.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("Overgeslagen", halfWritten.getParent().toString(), "Archief klopt");
        String interrupted = await().atMost(Duration.ofSeconds(30)).until(
                () -> CliRun.run(context, "runs").out().lines().filter(l -> l.contains("ONDERBROKEN")).toList(),
                lines -> lines.size() == 1).get(0);
        assertThat(interrupted).contains("run", "2026-Q3");
        long id = Long.parseLong(interrupted.split(" ")[0]);
        CliRun failed = CliRun.run(context, "runs", "--failed");
        assertThat(failed.out().lines().filter(l -> l.matches("^\\d+ .*"))).singleElement()
                .satisfies(line -> assertThat(line).startsWith(id + " ").contains("ONDERBROKEN", "runs restart " + id));
        assertThat(audit.list(Optional.empty())).filteredOn(e -> e.parameters().contains(output.toString()))
                .extracting(AuditEntry::action, AuditEntry::result).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "run", "gestart"));

        CliRun restart = CliRun.run(context, "runs", "restart", String.valueOf(id));

        assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
        assertThat(restart.out()).contains("Run " + id + " is opnieuw gestart als run", "COMPLETED");
        CliRun verified = CliRun.run(context, "verify", output.toString());
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).doesNotContain("Overgeslagen");
        Map<String, byte[]> published = files(output);
        Map<String, byte[]> uninterrupted = files(clean);
        assertThat(published.keySet()).containsExactlyElementsOf(uninterrupted.keySet());
        assertThat(published).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(uninterrupted.get(name)));
        assertThat(published.keySet()).anyMatch(name -> name.contains("raadsrapportage-")).hasSizeGreaterThan(10);
        assertThat(CliRun.run(context, "runs", "--failed").out()).contains("Geen mislukte runs.");
    }

    private static Optional<Path> firstInScratch(Path output, String prefix) throws IOException {
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getParent().getFileName().toString().startsWith(".r")).findFirst();
        }
    }

    private static List<Path> revisionsWithoutManifest(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("r[0-9]+"))
                    .filter(p -> !Files.isRegularFile(p.resolve("manifest.json"))).toList();
        }
    }

    /** Every file of the archive (scratch and set-aside folders left out) by its path in the archive, with its bytes. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.contains("/.")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        byte[] bytes = in.readAllBytes();
                        // A manifest records the audit trail's last row at publication (auditHead): the killed
                        // history has more rows than the clean one, by design. Everything else must be the same.
                        files.put(name, name.endsWith("manifest.json") ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceAll("(?s)  \"auditHead\": \\{.*?},\n", "")
                                .getBytes(StandardCharsets.UTF_8) : bytes);
                    }
                }
            }
        }
        return files;
    }
}
