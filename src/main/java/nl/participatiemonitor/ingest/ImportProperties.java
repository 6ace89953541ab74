package nl.participatiemonitor.ingest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.participatiemonitor.source.FileLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the import ({@code pm.import.*}): rows per transaction, the reject share above which a
 * delivery is held, the limits that protect against oversized files, zip bombs and endless CSV fields or lines,
 * and the earliest date a delivered value may have (earlier ones are typing errors or placeholders such as
 * 0001-01-01).
 */
@Validated
@ConfigurationProperties("pm.import")
public record ImportProperties(
        @Min(1) int chunkSize,
        @DecimalMin("0") @DecimalMax("1") double maxRejectShare,
        DataSize maxFileSize,
        DataSize maxInflatedSize,
        @Min(1) double maxInflateRatio,
        @Min(1) int maxFieldLength,
        @Min(1) int maxColumns,
        @NotNull LocalDate earliestDate) {

    FileLimits fileLimits() {
        return new FileLimits(maxFileSize.toBytes(), maxInflatedSize.toBytes(), maxInflateRatio, maxFieldLength,
                maxColumns);
    }
}
