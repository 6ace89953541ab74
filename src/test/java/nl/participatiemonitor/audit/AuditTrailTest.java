package nl.participatiemonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every command that reaches the application leaves a hash-chained row; a row altered by SQL is named. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail trail;

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

    private String trailHash(long id) {
        return jdbc.queryForObject("SELECT hash FROM audit_trail WHERE id = ?", String.class, id);
    }
}
