package nl.participatiemonitor.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryGeneratorTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 5, 15);
    private static final long SEED = 20260515L;

    @TempDir
    Path dir;

    private final DeliveryGenerator generator = new DeliveryGenerator();

    @Test
    void sameSettingsGiveIdenticalFilesAndAnotherSeedDifferentOnes() throws Exception {
        generator.generate(demo(dir.resolve("a"), SEED));
        generator.generate(demo(dir.resolve("b"), SEED));
        generator.generate(demo(dir.resolve("c"), SEED + 1));

        Map<String, String> first = digests(dir.resolve("a"));
        assertThat(first).hasSize(3 + 4 + 12 * 5);
        assertThat(digests(dir.resolve("b"))).isEqualTo(first);
        assertThat(digests(dir.resolve("c"))).isNotEqualTo(first);
    }

    @Test
    void demoRunPassesTheImportRulesAndExercisesEveryIndicator() throws Exception {
        GenerationSummary summary = generator.generate(demo(dir, SEED));
        DeliveryCheck check = DeliveryCheck.of(dir, UNTIL);

        assertThat(check.problems()).isEmpty();
        assertThat(check.folders()).hasSize(14).startsWith("00-ketens", "01-adviesraden")
                .allMatch(f -> f.matches("00-ketens|01-adviesraden|10-gm\\d{4}"));
        assertThat(summary.deliveries()).extracting(GeneratedDelivery::source).startsWith("ketens", "adviesraden");
        for (String entity : DeliveryCheck.HEADERS.keySet()) {
            assertThat(summary.rows(entity)).as(entity).isEqualTo(check.rows(entity));
        }
        assertThat(summary.rows("clienten")).isEqualTo(6000);
        assertThat(summary.deliveries()).extracting(d -> d.rowsPerFile().getOrDefault("clienten.csv", -1L))
                .anyMatch(n -> n >= 20 && n < 500).anyMatch(n -> n >= 500 && n < 2000).anyMatch(n -> n >= 2000)
                .allMatch(n -> n == -1 || n >= 20);
        double contactsPerClient = (double) summary.rows("contacten") / summary.rows("clienten");
        assertThat(contactsPerClient).isBetween(5.0, 9.0);

        assertThat(check.grMembers()).containsValue(3);
        assertThat(check.withoutBody()).isNotEmpty();
        assertThat(check.tally("adviesorganen.zonder_pw_client")).isNotEmpty();
        assertThat(check.tally("adviesorgaan_dekking.beeindigd")).isNotEmpty();
        assertThat(check.tally("adviesorganen.soort")).containsOnlyKeys(
                "CLIENTENRAAD_PW", "CLIENTENRAAD_GR", "GECOMBINEERD", "ADVIESRAAD_SD");
        assertThat(check.tally("adviesorganen.evaluatie")).containsOnlyKeys("leeg", "achterstallig", "recent");

        assertThat(check.tally("klachten.uitkomst").keySet()).containsAll(DeliveryCheck.COMPLAINT_OUTCOMES);
        assertThat(check.tally("klachten.onderwerp").keySet()).containsAll(DeliveryCheck.COMPLAINT_TOPICS);
        assertThat(check.tally("klachten.termijn")).containsOnlyKeys(
                "tijdig", "op de termijndatum", "te laat", "open binnen termijn", "open te laat");
        assertThat(check.tally("klachten.termijn_soort")).containsOnlyKeys("adviescommissie", "verdaagd");
        assertThat(check.tally("klachten.bevestiging")).containsOnlyKeys("binnen 7 dagen", "te laat", "ontbreekt");
        assertThat(check.tally("klachten.doorgezonden_zonder_betrokkenheid")).containsKeys("J", "N");
        assertThat(check.tally("klachten.ombudsman_oordeel")).containsKey("").hasSizeGreaterThan(1);

        assertThat(check.tally("contacten.kanaal").keySet()).containsAll(DeliveryCheck.CHANNELS);
        assertThat(check.tally("contacten.doel")).containsKeys("INTAKE", "HANDHAVING");
        assertThat(check.tally("contacten.bereikt")).containsKeys("J", "N");

        assertThat(check.tally("adviezen.soort")).containsOnlyKeys("GEVRAAGD", "ONGEVRAAGD");
        assertThat(check.tally("adviezen.onderwerp").keySet()).containsAll(DeliveryCheck.ADVICE_TOPICS);
        assertThat(check.tally("adviezen.reactietermijn_dagen")).containsOnlyKeys("", "28", "56");
        assertThat(check.tally("advies_reacties.uitkomst")).containsOnlyKeys(
                "", "OVERGENOMEN", "DEELS_OVERGENOMEN", "NIET_OVERGENOMEN");
        assertThat(check.tally("advies_reacties.gemotiveerd")).containsOnlyKeys("", "J", "N");
    }

    @Test
    void nationalLayoutStaysQuick() throws Exception {
        GenerationSummary summary = generator.generate(new GeneratorSettings(dir, 342, 20_000, SEED, UNTIL));
        DeliveryCheck check = DeliveryCheck.of(dir, UNTIL);

        assertThat(check.problems()).isEmpty();
        assertThat(check.folders()).filteredOn(f -> f.startsWith("10-gm")).hasSize(342);
        assertThat(summary.deliveries()).hasSize(344);
        assertThat(summary.rows("clienten")).isEqualTo(20_000);
        assertThat(check.grMembers().values()).allMatch(members -> members >= 3 && members <= 5)
                .hasSizeGreaterThan(20);
    }

    @Test
    void refusesSettingsOutOfRangeAndAFolderInUse() throws Exception {
        assertThatThrownBy(() -> generator.generate(new GeneratorSettings(dir.resolve("x"), 0, 100, SEED, UNTIL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(new GeneratorSettings(dir.resolve("x"), 343, 10_000, SEED, UNTIL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(new GeneratorSettings(dir.resolve("x"), 12, 200, SEED, UNTIL)))
                .isInstanceOf(IllegalArgumentException.class);
        Files.writeString(dir.resolve("old.txt"), "in use");
        assertThatThrownBy(() -> generator.generate(demo(dir, SEED))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("niet leeg");
    }

    @Test
    void smallRunsStillPass() throws Exception {
        for (int municipalities : List.of(1, 2, 3, 4)) {
            Path out = dir.resolve("run" + municipalities);
            generator.generate(new GeneratorSettings(out, municipalities, 100 * municipalities, SEED, UNTIL));
            assertThat(DeliveryCheck.of(out, UNTIL).problems()).as("%d municipalities", municipalities).isEmpty();
        }
    }

    private static GeneratorSettings demo(Path out, long seed) {
        return new GeneratorSettings(out, 12, 6000, seed, UNTIL);
    }

    private static Map<String, String> digests(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(hash));
        }
        return digests;
    }
}
