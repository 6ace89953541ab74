package nl.participatiemonitor.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate: into folder {@code out}, {@code municipalities} (1..342) with {@code clients} in total,
 * drawn from {@code seed}, with no event after {@code until}.
 */
public record GeneratorSettings(Path out, int municipalities, int clients, long seed, LocalDate until) {
}
