package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormsFileTest {

    private static final Set<String> KNOWN = Set.of("GM0014", "GM0363");

    @TempDir
    Path dir;

    @Test
    void defaultsAreThoseOfMetrics() {
        Norms norms = Norms.defaults();

        assertThat(norms).isEqualTo(new Norms(12, 12, 7, 42, 4, 5, 10, 60,
                new BigDecimal("0.90"), new BigDecimal("1.00"), new BigDecimal("0.75")));
    }

    @Test
    void missingFileMeansAllDefaults() {
        NormsFile norms = NormsFile.load(dir.resolve("normen.yml"), KNOWN);

        assertThat(norms.defaults()).isEqualTo(Norms.defaults());
        assertThat(norms.forMunicipality("GM0014")).isEqualTo(Norms.defaults());
        assertThat(norms.asMap()).containsExactly(
                entry("normen.advies_reactietermijn_dagen", "42"), entry("normen.contact_venster_maanden", "12"),
                entry("normen.definitief_na_dagen", "60"), entry("normen.evaluatie_interval_jaren", "4"),
                entry("normen.k", "5"), entry("normen.langdurig_maanden", "12"), entry("normen.min_noemer", "10"),
                entry("normen.ontvangstbevestiging_dagen", "7"), entry("signalen.S2_klachten_tijdig_minimum", "0.90"),
                entry("signalen.S5_adviezen_gemotiveerd_minimum", "1.00"),
                entry("signalen.S6_bereik_langdurig_minimum", "0.75"));
    }

    @Test
    void shippedFileHoldsTheDefaults() {
        NormsFile norms = NormsFile.load(Path.of("config/normen.yml"), Set.of());

        assertThat(norms.defaults()).isEqualTo(Norms.defaults());
        assertThat(norms.asMap()).isEqualTo(NormsFile.load(dir.resolve("absent.yml"), Set.of()).asMap());
    }

    @Test
    void emptyFileAndEmptySectionsMeanDefaults() throws IOException {
        assertThat(NormsFile.load(write("# niets\n"), KNOWN).defaults()).isEqualTo(Norms.defaults());
        assertThat(NormsFile.load(write("normen:\nsignalen:\ngemeenten:\n  # GM0014:\n"), KNOWN).asMap())
                .containsEntry("normen.k", "5").hasSize(11);
    }

    @Test
    void municipalityValuesGoOnTopOfTheGeneralValues() throws IOException {
        NormsFile norms = NormsFile.load(write("""
                normen:
                  k: 10
                  advies_reactietermijn_dagen: 35
                signalen:
                  S2_klachten_tijdig_minimum: 0.95
                gemeenten:
                  GM0014:
                    advies_reactietermijn_dagen: 28
                    S6_bereik_langdurig_minimum: 0.80
                """), KNOWN);

        Norms general = norms.defaults();
        assertThat(general.k()).isEqualTo(10);
        assertThat(general.adviesReactietermijnDagen()).isEqualTo(35);
        assertThat(general.minNoemer()).isEqualTo(10);
        assertThat(general.s2KlachtenTijdigMinimum()).isEqualByComparingTo("0.95");
        assertThat(general.s6BereikLangdurigMinimum()).isEqualByComparingTo("0.75");

        Norms groningen = norms.forMunicipality("GM0014");
        assertThat(groningen.adviesReactietermijnDagen()).isEqualTo(28);
        assertThat(groningen.s6BereikLangdurigMinimum()).isEqualByComparingTo("0.80");
        assertThat(groningen.k()).isEqualTo(10);
        assertThat(groningen.s2KlachtenTijdigMinimum()).isEqualByComparingTo("0.95");

        assertThat(norms.forMunicipality("GM0363")).isEqualTo(general);
        assertThat(norms.asMap()).hasSize(13)
                .containsEntry("normen.k", "10")
                .containsEntry("normen.advies_reactietermijn_dagen", "35")
                .containsEntry("signalen.S2_klachten_tijdig_minimum", "0.95")
                .containsEntry("gemeenten.GM0014.advies_reactietermijn_dagen", "28")
                .containsEntry("gemeenten.GM0014.S6_bereik_langdurig_minimum", "0.80");
    }

    @Test
    void zeroDaysAndBoundaryFractionsAreAccepted() throws IOException {
        Norms norms = NormsFile.load(write("""
                normen:
                  definitief_na_dagen: 0
                  k: 1
                  min_noemer: 1
                signalen:
                  S2_klachten_tijdig_minimum: 0
                  S5_adviezen_gemotiveerd_minimum: 1
                """), KNOWN).defaults();

        assertThat(norms.definitiefNaDagen()).isZero();
        assertThat(norms.k()).isEqualTo(1);
        assertThat(norms.minNoemer()).isEqualTo(1);
        assertThat(norms.s2KlachtenTijdigMinimum()).isEqualByComparingTo("0");
        assertThat(norms.s5AdviezenGemotiveerdMinimum()).isEqualByComparingTo("1");
    }

    @Test
    void refusesAnUnknownKeyNamingFileLineAndTheKnownKeys() throws IOException {
        Path file = write("normen:\n  k: 5\n  langdurig_maand: 12\n");

        assertThatThrownBy(() -> NormsFile.load(file, KNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3: onbekende sleutel 'normen.langdurig_maand'; bekende sleutels zijn "
                        + "langdurig_maanden, contact_venster_maanden, ontvangstbevestiging_dagen, "
                        + "advies_reactietermijn_dagen, evaluatie_interval_jaren, k, min_noemer, definitief_na_dagen. "
                        + "/ "
                        + "unknown key 'normen.langdurig_maand'; known keys are langdurig_maanden, "
                        + "contact_venster_maanden, ontvangstbevestiging_dagen, advies_reactietermijn_dagen, "
                        + "evaluatie_interval_jaren, k, min_noemer, definitief_na_dagen.");
    }

    @Test
    void refusesAThresholdUnderNormenAndAnUnknownKeyUnderAMunicipality() throws IOException {
        Path misplaced = write("normen:\n  S6_bereik_langdurig_minimum: 0.8\n");
        Path typo = write("gemeenten:\n  GM0014:\n    k: 7\n    kk: 7\n");

        assertThatThrownBy(() -> NormsFile.load(misplaced, KNOWN))
                .hasMessageStartingWith(misplaced + ":2: onbekende sleutel 'normen.S6_bereik_langdurig_minimum';");
        assertThatThrownBy(() -> NormsFile.load(typo, KNOWN))
                .hasMessageStartingWith(typo + ":4: onbekende sleutel 'gemeenten.GM0014.kk'; bekende sleutels zijn "
                        + "langdurig_maanden,")
                .hasMessageContaining("S6_bereik_langdurig_minimum. / unknown key 'gemeenten.GM0014.kk'");
    }

    @Test
    void refusesAnUnknownSection() throws IOException {
        Path file = write("normen:\n  k: 5\nnorm:\n  k: 5\n");

        assertThatThrownBy(() -> NormsFile.load(file, KNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3: onbekende sectie 'norm'; bekende secties zijn normen, signalen, gemeenten. / "
                        + "unknown section 'norm'; known sections are normen, signalen, gemeenten.");
    }

    @Test
    void refusesValuesOfTheWrongTypeOrOutOfRange() throws IOException {
        assertRefused("normen:\n  langdurig_maanden: twaalf\n", ":2: 'normen.langdurig_maanden' moet een geheel getal "
                + "van 0 of meer zijn, niet 'twaalf'. / 'normen.langdurig_maanden' must be a whole number of 0 or "
                + "more, not 'twaalf'.");
        assertRefused("normen:\n  langdurig_maanden: -1\n", ":2: 'normen.langdurig_maanden' moet een geheel getal "
                + "van 0 of meer zijn, niet '-1'. / 'normen.langdurig_maanden' must be a whole number of 0 or more, "
                + "not '-1'.");
        assertRefused("normen:\n  ontvangstbevestiging_dagen: 7.5\n", ":2: 'normen.ontvangstbevestiging_dagen' moet "
                + "een geheel getal van 0 of meer zijn, niet '7.5'. / 'normen.ontvangstbevestiging_dagen' must be a "
                + "whole number of 0 or more, not '7.5'.");
        assertRefused("normen:\n  k: 0\n", ":2: 'normen.k' moet een geheel getal van 1 of meer zijn, niet '0'. / "
                + "'normen.k' must be a whole number of 1 or more, not '0'.");
        assertRefused("normen:\n  min_noemer: 0\n", ":2: 'normen.min_noemer' moet een geheel getal van 1 of meer "
                + "zijn, niet '0'. / 'normen.min_noemer' must be a whole number of 1 or more, not '0'.");
        assertRefused("normen:\n  k:\n", ":2: 'normen.k' moet een geheel getal van 1 of meer zijn, niet ''. / "
                + "'normen.k' must be a whole number of 1 or more, not ''.");
        assertRefused("normen:\n  k: [5]\n", ":2: 'normen.k' moet een geheel getal van 1 of meer zijn, niet '[...]'. "
                + "/ 'normen.k' must be a whole number of 1 or more, not '[...]'.");
        assertRefused("signalen:\n  S2_klachten_tijdig_minimum: 90\n", ":2: 'signalen.S2_klachten_tijdig_minimum' "
                + "moet een fractie van 0 tot en met 1 (0.90 is 90%) zijn, niet '90'. / "
                + "'signalen.S2_klachten_tijdig_minimum' must be a fraction from 0 to 1 (0.90 is 90%), not '90'.");
        assertRefused("signalen:\n  S5_adviezen_gemotiveerd_minimum: 100%\n", ":2: "
                + "'signalen.S5_adviezen_gemotiveerd_minimum' moet een fractie van 0 tot en met 1 (0.90 is 90%) zijn, "
                + "niet '100%'. / 'signalen.S5_adviezen_gemotiveerd_minimum' must be a fraction from 0 to 1 "
                + "(0.90 is 90%), not '100%'.");
        assertRefused("gemeenten:\n  GM0014:\n    S6_bereik_langdurig_minimum: -0.1\n", ":3: "
                + "'gemeenten.GM0014.S6_bereik_langdurig_minimum' moet een fractie van 0 tot en met 1 (0.90 is 90%) "
                + "zijn, niet '-0.1'. / 'gemeenten.GM0014.S6_bereik_langdurig_minimum' must be a fraction from 0 to 1 "
                + "(0.90 is 90%), not '-0.1'.");
    }

    @Test
    void refusesAnUnknownMunicipality() throws IOException {
        assertRefused("gemeenten:\n  GM0014:\n    k: 7\n  GM9999:\n    k: 7\n", ":4: onbekende gemeente 'GM9999' onder "
                + "'gemeenten'; gebruik een gemeentecode uit de gemeentelijst, zoals GM0014. / unknown municipality "
                + "'GM9999' under 'gemeenten'; use a municipality code from the list of municipalities, such as "
                + "GM0014.");
    }

    @Test
    void refusesAKeyWrittenTwice() throws IOException {
        assertRefused("normen:\n  k: 5\n  k: 6\n", ":3: 'normen.k' staat er twee keer in. / 'normen.k' appears twice.");
        assertRefused("normen:\n  k: 5\nnormen:\n  k: 6\n", ":3: 'normen' staat er twee keer in. / "
                + "'normen' appears twice.");
    }

    @Test
    void refusesSectionsThatAreNotKeysWithValues() throws IOException {
        assertRefused("normen: 5\n", ":1: onder 'normen' horen sleutels met een waarde (sleutel: waarde). / "
                + "'normen' must hold keys with a value (key: value).");
        assertRefused("gemeenten:\n  GM0014: 28\n", ":2: onder 'gemeenten.GM0014' horen sleutels met een waarde "
                + "(sleutel: waarde). / 'gemeenten.GM0014' must hold keys with a value (key: value).");
        assertRefused("- normen\n", ":1: het bestand moet bestaan uit de secties normen, signalen, gemeenten. / "
                + "the file must consist of the sections normen, signalen, gemeenten.");
    }

    @Test
    void refusesInvalidYamlWithLineAndColumn() throws IOException {
        Path file = write("normen:\n  k: 5\n   min_noemer: 10\n");

        assertThatThrownBy(() -> NormsFile.load(file, KNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":3:14: geen geldige YAML (mapping values are not allowed here). / "
                        + "not valid YAML (mapping values are not allowed here).");
    }

    @Test
    void refusesASecondDocumentAndTextThatIsNotUtf8() throws IOException {
        assertRefused("normen:\n  k: 5\n---\nnormen:\n  k: 6\n", ":3:1: geen geldige YAML (but found another "
                + "document). / not valid YAML (but found another document).");
        Path latin1 = Files.write(dir.resolve("latin1.yml"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> NormsFile.load(latin1, KNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latin1 + ": is geen UTF-8-tekst; sla het bestand op als UTF-8. / is not UTF-8 text; save "
                        + "the file as UTF-8.");
    }

    private void assertRefused(String yaml, String messageAfterFile) throws IOException {
        Path file = write(yaml);
        assertThatThrownBy(() -> NormsFile.load(file, KNOWN)).as(yaml).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + messageAfterFile);
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "normen", ".yml"), yaml);
    }
}
