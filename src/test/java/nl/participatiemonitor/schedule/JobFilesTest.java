package nl.participatiemonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/*.yml: the shipped set reads, and every mistake names the file and the field. */
class JobFilesTest {

    static final Set<String> KNOWN = Set.of("GM0014", "GM0034", "GM0037");

    @TempDir
    Path dir;

    @Test
    void theShippedJobsAreTheRealisticSet() {
        List<JobDefinition> jobs = JobFiles.load(Path.of("jobs"), KNOWN);

        assertThat(jobs).extracting(JobDefinition::name).containsExactly("inbox-dagelijks", "klachtenoverzicht-jaar",
                "raadsrapportage-kwartaal", "toezicht-maand");
        JobDefinition council = jobs.get(2);
        assertThat(council.cron()).isEqualTo("0 0 7 15 1,4,7,10 ?");
        assertThat(council.period()).isEqualTo(RelativePeriod.PREVIOUS_QUARTER);
        assertThat(council.audiences()).containsExactly("raad");
        assertThat(council.zone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(jobs.get(1).task()).isEqualTo(Task.AWB_OVERVIEW);
        assertThat(jobs.get(1).audiences()).containsExactly("jaaroverzicht");
        assertThat(jobs.get(0).holidays().national()).isTrue();
        assertThat(jobs.get(0).holidays().extra()).containsExactly(LocalDate.of(2026, 12, 24));
        // National holidays are computed for any year, not listed until some year.
        assertThat(LocalDate.of(2031, 4, 14)).matches(jobs.get(0).holidays()::excludes, "Tweede Paasdag 2031");
        assertThat(LocalDate.of(2031, 4, 15)).matches(d -> !jobs.get(0).holidays().excludes(d));
        assertThat(jobs.get(0).quietMinutes()).isEqualTo(30);
    }

    @Test
    void readsAScopeOfMunicipalitiesOrAGr() throws IOException {
        write("a.yml", "naam: a\ncron: 0 0 7 5 * ?\ntaak: rapportage\nperiode: vorige-maand\n"
                + "scope:\n  gemeenten: [GM0034, GM0014]\ndoelgroepen: [toezicht, dossier]\n");
        write("b.yml", "naam: b\ncron: 0 0 7 5 * ?\ntaak: rapportage\nperiode: vorig-jaar\nscope:\n  gr: GR-NOORD\n"
                + "doelgroepen: [raad]\ntijdzone: UTC\n");

        List<JobDefinition> jobs = JobFiles.load(dir, KNOWN);

        assertThat(jobs.get(0).scope().municipalities()).containsExactly("GM0014", "GM0034");
        assertThat(jobs.get(0).audiences()).containsExactlyInAnyOrder("toezicht", "dossier");
        assertThat(jobs.get(1).scope().gr()).isEqualTo("GR-NOORD");
        assertThat(jobs.get(1).zone().getId()).isEqualTo("UTC");
    }

    @Test
    void aBadCronNamesTheFileAndTheField() throws IOException {
        Path file = write("raad.yml", "naam: raad\ncron: 0 0 7 32 1 ?\ntaak: rapportage\nperiode: vorig-kwartaal\n"
                + "doelgroepen: [raad]\n");

        assertThatThrownBy(() -> JobFiles.load(dir, KNOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ", veld 'cron': '0 0 7 32 1 ?' is geen geldige Quartz-cronexpressie")
                .hasMessageContaining(file + ", field 'cron'");
    }

    @Test
    void anUnknownMunicipalityNamesTheFileAndTheField() throws IOException {
        Path file = write("raad.yml", "naam: raad\ncron: 0 0 7 15 1 ?\ntaak: rapportage\nperiode: vorig-kwartaal\n"
                + "scope:\n  gemeenten: [GM0014, GM9999]\ndoelgroepen: [raad]\n");

        assertThatThrownBy(() -> JobFiles.load(dir, KNOWN))
                .hasMessageContaining(file + ", veld 'scope.gemeenten': onbekende gemeente GM9999");
    }

    @Test
    void anUnknownFieldNamesTheFileAndTheField() throws IOException {
        Path file = write("raad.yml", "naam: raad\ncron: 0 0 7 15 1 ?\ntaak: rapportage\nperiode: vorig-kwartaal\n"
                + "doelgroepen: [raad]\nontvangers: [griffie]\n");

        assertThatThrownBy(() -> JobFiles.load(dir, KNOWN))
                .hasMessageContaining(file + ", veld 'ontvangers': onbekend veld voor taak rapportage")
                .hasMessageContaining("field 'ontvangers': unknown field");
    }

    @Test
    void otherMistakesNameTheirField() throws IOException {
        assertThatThrownBy(() -> JobFiles.read(write("x.yml", "naam: x\ncron: 0 0 7 15 1 ?\ntaak: rapportage\n"
                + "periode: vorig-kwartaal\ndoelgroepen: [wethouder]\n"), KNOWN))
                .hasMessageContaining("veld 'doelgroepen': onbekende doelgroep 'wethouder'");
        assertThatThrownBy(() -> JobFiles.read(write("y.yml", "naam: y\ncron: 0 0 7 15 1 ?\ntaak: opruimen\n"), KNOWN))
                .hasMessageContaining("veld 'taak': onbekende taak 'opruimen'");
        assertThatThrownBy(() -> JobFiles.read(write("z.yml", "naam: z\ncron: 0 0 7 15 1 ?\ntaak: inbox\n"
                + "tijdzone: Europe/Amsterdm\n"), KNOWN)).hasMessageContaining("veld 'tijdzone'");
        assertThatThrownBy(() -> JobFiles.read(write("w.yml", "naam: w\ncron: 0 0 7 15 1 ?\ntaak: inbox\n"
                + "feestdagen: [2026-02-30]\n"), KNOWN)).hasMessageContaining("veld 'feestdagen': '2026-02-30'");
        assertThatThrownBy(() -> JobFiles.read(write("v.yml", "naam: v\ntaak: inbox\n"), KNOWN))
                .hasMessageContaining("veld 'cron': ontbreekt");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
