package nl.participatiemonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.ingest.DeliveryImporter;
import nl.participatiemonitor.metrics.IndicatorRunner;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.report.Audience;
import nl.participatiemonitor.report.archive.AuditAnchors;
import nl.participatiemonitor.report.ReportPublisher;
import nl.participatiemonitor.support.DeliveryFiles;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every command that reaches the application leaves a row chained with a keyed HMAC; a row altered by SQL is named,
 * also when the chain after it was recomputed without the key, and a chain cut short behind a publication is found
 * through the head its manifest recorded.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    DeliveryImporter importer;

    @Autowired
    IndicatorRunner runner;

    @Autowired
    ReportPublisher publisher;

    @TempDir
    Path delivery;

    @TempDir
    Path archive;

    @Test
    void recordsWhoWhatParametersAndResultOfEveryCommand() {
        CliRun.run(context, "import", TestDeliveries.complete().toString(), "--as", "controller.anna");
        CliRun.run(context, "rejects", "00000000");
        CliRun.run(context, "run", "--period", "1999-Q1", "--municipality", "GM9999");

        assertThat(trail.list(Optional.empty())).extracting(e -> e.action() + ": " + e.result().split(":")[0])
                .as("each command's start is recorded before it works, its result when it ends").containsExactly(
                        "import: gestart", "import: exitcode 0", "rejects: gestart", "rejects: exitcode 1",
                        "run: gestart", "run: exitcode 1");
        assertThat(trail.list(Optional.empty())).filteredOn(e -> !e.result().equals("gestart")).satisfiesExactly(
                first -> {
                    assertThat(first.who()).isEqualTo("controller.anna");
                    assertThat(first.action()).isEqualTo("import");
                    assertThat(first.parameters()).isEqualTo("import " + TestDeliveries.complete());
                    assertThat(first.result()).isEqualTo("exitcode 0");
                    assertThat(first.previousHash()).isEqualTo(trailHash(1));
                },
                second -> {
                    assertThat(second.who()).isEqualTo(System.getProperty("user.name"));
                    assertThat(second.action()).isEqualTo("rejects");
                    assertThat(second.result()).startsWith("exitcode 1: Geen levering gevonden met id 00000000");
                },
                third -> {
                    assertThat(third.action()).isEqualTo("run");
                    assertThat(third.parameters()).isEqualTo("run --period 1999-Q1 --municipality GM9999");
                    assertThat(third.result()).contains("exitcode 1: Onbekende gemeentecode(s): GM9999");
                    assertThat(third.previousHash()).isEqualTo(trailHash(5));
                });
        assertThat(trail.list(Optional.empty()).get(0)).satisfies(start -> {
            assertThat(start.who()).isEqualTo("controller.anna");
            assertThat(start.parameters()).isEqualTo("import " + TestDeliveries.complete());
            assertThat(start.previousHash()).isEqualTo(ChainHash.GENESIS);
        });
        CliRun verify = CliRun.run(context, "audit", "verify");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("Auditspoor intact: 7 rijen");
        assertThat(CliRun.run(context, "audit").out()).contains(";controller.anna;import;import ",
                ";audit verify;audit verify;gestart", ";audit verify;audit verify;exitcode 0");
    }

    @Test
    void verifyNamesTheFirstRowAlteredBySql() {
        for (int i = 0; i < 5; i++) {
            trail.record("anna", "jobs pause", "jobs pause raad-" + i, "exitcode 0");
        }
        jdbc.update("UPDATE audit_trail SET resultaat = 'exitcode 1' WHERE id = 3");
        jdbc.update("UPDATE audit_trail SET wie = 'bob' WHERE id = 4");

        CliRun verify = CliRun.run(context, "audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("rij 3 is gewijzigd", "row 3 was altered");
    }

    @Test
    void verifyNamesADeletedRow() {
        for (int i = 0; i < 4; i++) {
            trail.record("anna", "deliveries accept", "deliveries accept x" + i, "exitcode 0");
        }
        jdbc.update("DELETE FROM audit_trail WHERE id = 2");

        assertThat(trail.verify().firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(3);
            assertThat(b.english()).isEqualTo("row 2 is missing (deleted) before row 3");
        });
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsFound() {
        for (int i = 0; i < 4; i++) {
            trail.record("anna", "jobs pause", "jobs pause raad-" + i, "exitcode 0");
        }
        // An insider with the database login changes row 2 and recomputes the chain after it with a plain SHA-256,
        // as SQL's SHA2 gives it: without the key the HMACs cannot be recomputed.
        jdbc.update("UPDATE audit_trail SET wie = 'bob' WHERE id = 2");
        for (AuditEntry row : trail.list(Optional.empty())) {
            if (row.id() >= 2) {
                String previous = row.id() == 2 ? row.previousHash() : trailHash(row.id() - 1);
                jdbc.update("UPDATE audit_trail SET vorige_hash = ?, hash = ? WHERE id = ?", previous,
                        ChainHash.unkeyed(previous, row.id(), row.when(), row.who(), row.action(), row.parameters(),
                                row.result()), row.id());
            }
        }

        CliRun verify = CliRun.run(context, "audit", "verify", "--archive", archive.toString());

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("rij 2 is gewijzigd", "row 2 was altered");
    }

    @Test
    void aChainShortenedOrRewrittenAfterAPublicationIsFoundThroughTheManifests() throws Exception {
        DeliveryFiles.in(delivery).source("gm0014", "2026-Q3").csv("klachten.csv",
                "klacht_id;gemeente_code;ontvangen;onderwerp", "K-1;GM0014;2026-07-01;BEJEGENING");
        importer.importFolder(delivery, null, null);
        for (int i = 0; i < 3; i++) {
            trail.record("anna", "jobs pause", "jobs pause raad-" + i, "exitcode 0");
        }
        IndicatorRunner.RunSummary run = runner.run(Period.parse("2026-Q3"), List.of("GM0014"));
        publisher.publish(run.runId(), run.scope().label(), archive, EnumSet.noneOf(Audience.class));
        assertThat(Files.readString(archive.resolve("2026-Q3/indicatoren-GM0014/r1/manifest.json")))
                .contains("\"auditHead\": {", "\"id\": 3\n", "\"hash\": \"" + trailHash(3) + "\"");
        trail.record("anna", "jobs pause", "jobs pause raad-3", "exitcode 0");
        assertThat(CliRun.run(context, "audit", "verify", "--archive", archive.toString()).out())
                .contains("Auditspoor intact: ", "de hashketen klopt en past bij 2 manifesten.");

        // Cutting the chain back to row 2 leaves a chain that is consistent in itself, but the manifest knows row 3.
        jdbc.update("DELETE FROM audit_trail WHERE id >= 3");

        // Both manifests of the run's files (public and VERTROUWELIJK) recorded row 3.
        assertThat(trail.verify(AuditAnchors.in(archive)).firstBreak()).get().satisfies(broken -> assertThat(
                broken.dutch()).contains("rij 3 ontbreekt, maar 2026-Q3/", "indicatoren-GM0014/r1/manifest.json legde "
                        + "hem vast: het auditspoor is ingekort"));
        // The command records its own start first, as row 3 of the cut chain: to the manifest that is a rewritten row.
        CliRun verify = CliRun.run(context, "audit", "verify", "--archive", archive.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains("Auditspoor NIET intact: rij 3 heeft een andere hash dan 2026-Q3/",
                "indicatoren-GM0014/r1/manifest.json vastlegde");
    }

    private String trailHash(long id) {
        return jdbc.queryForObject("SELECT hash FROM audit_trail WHERE id = ?", String.class, id);
    }
}
