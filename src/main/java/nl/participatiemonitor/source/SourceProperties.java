package nl.participatiemonitor.source;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the source definitions are ({@code pm.sources.*}): the folder of {@code *.yml} files, and
 * whether the examples in its {@code examples} folder are read too.
 */
@Validated
@ConfigurationProperties("pm.sources")
record SourceProperties(@NotNull Path dir, boolean examples) {
}
