package nl.participatiemonitor.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.participatiemonitor.generate.Plan.Town;

/**
 * Generates synthetic canonical deliveries (IMPORT.md) with realistic shapes, from a demo of a dozen
 * municipalities to a national benchmark, streaming rows to files in constant memory; the same settings
 * always give byte-identical files. Layout: {@code 00-ketens}, {@code 01-adviesraden} and one
 * {@code 10-gm<code>} folder per municipality, each with a {@code levering.properties}.
 */
public final class DeliveryGenerator {

    /**
     * Writes every delivery into {@code settings.out()}, which must be empty or not exist yet.
     *
     * @throws IllegalArgumentException when the settings are out of range or the folder is not empty
     */
    public GenerationSummary generate(GeneratorSettings settings) throws IOException {
        check(settings);
        Plan plan = Planner.plan(settings);
        Files.createDirectories(settings.out());
        List<GeneratedDelivery> deliveries = new ArrayList<>();
        deliveries.add(deliver(plan, settings.out().resolve("00-ketens"), "ketens",
                "Synthetische uitvoeringsketen: gemeenschappelijke regelingen, uitvoerders en lidmaatschappen.",
                new ChainWriter(plan)::write));
        deliveries.add(deliver(plan, settings.out().resolve("01-adviesraden"), "adviesraden",
                "Synthetische adviesorganen met hun dekking en hun adviezen.", new AdvisoryWriter(plan)::write));
        for (Town town : plan.towns()) {
            deliveries.add(deliver(plan, settings.out().resolve("10-" + town.source()), town.source(),
                    "Synthetische cliënten, contacten, klachten en adviesreacties van " + town.name() + ".",
                    new MunicipalityWriter(plan, town)::write));
        }
        return GenerationSummary.of(deliveries);
    }

    /** Writes the files of one delivery folder and returns the rows per file. */
    @FunctionalInterface
    private interface FolderWriter {
        Map<String, Long> write(Path folder) throws IOException;
    }

    private static GeneratedDelivery deliver(Plan plan, Path folder, String source, String description,
            FolderWriter writer) throws IOException {
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("levering.properties"),
                "bron=" + source + "\nomschrijving=" + description + "\nperiode=" + plan.period() + "\n",
                StandardCharsets.UTF_8);
        return new GeneratedDelivery(folder, source, writer.write(folder));
    }

    private static void check(GeneratorSettings settings) throws IOException {
        Objects.requireNonNull(settings.out(), "out");
        Objects.requireNonNull(settings.until(), "until");
        int municipalities = settings.municipalities();
        if (municipalities < 1 || municipalities > Planner.ALL_MUNICIPALITIES) {
            throw new IllegalArgumentException("Het aantal gemeenten moet van 1 tot en met "
                    + Planner.ALL_MUNICIPALITIES + " zijn, niet " + municipalities + ". / The number of municipalities "
                    + "must be 1 to " + Planner.ALL_MUNICIPALITIES + ", not " + municipalities + ".");
        }
        long minimum = (long) Planner.MIN_CLIENTS * municipalities;
        if (settings.clients() < minimum) {
            throw new IllegalArgumentException("Voor " + municipalities + " gemeenten zijn minstens " + minimum
                    + " cliënten nodig. / " + municipalities + " municipalities need at least " + minimum + " clients.");
        }
        if (Files.exists(settings.out())) {
            try (Stream<Path> content = Files.list(settings.out())) {
                if (content.findAny().isPresent()) {
                    throw new IllegalArgumentException("Map " + settings.out() + " is niet leeg. / Folder "
                            + settings.out() + " is not empty.");
                }
            }
        }
    }
}
