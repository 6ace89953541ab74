package nl.participatiemonitor.mail;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the e-mail ({@code pm.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}. A message
 * that could not be sent is tried again after {@code firstRetry}, doubling up to {@code maxRetry}, and marked failed
 * when it is older than {@code keep}. A subscription gets at most {@code alertsPerHour} controller alerts an hour.
 */
@Validated
@ConfigurationProperties("pm.mail")
public record MailSettings(
        @DefaultValue("Participatiemonitor <participatiemonitor@localhost>") @NotBlank String from,
        @DefaultValue("72h") Duration keep,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("30s") Duration sendInterval,
        @DefaultValue("10") @Min(1) int alertsPerHour) {

    /** How long to wait before attempt {@code attempts + 1}: {@code firstRetry} doubled per attempt, at most {@code maxRetry}. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** The domain of the sender address, the right-hand side of every Message-ID. */
    String domain() {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from;
        return address.substring(address.indexOf('@') + 1).trim();
    }
}
