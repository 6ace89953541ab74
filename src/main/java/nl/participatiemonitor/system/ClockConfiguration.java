package nl.participatiemonitor.system;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every "today" comes from: Dutch time, so the day of import is the day in the Netherlands. Only for a test
 * that starts the application as a separate process (a kill test) may {@code pm.clock.fixed} (an ISO instant such as
 * {@code 2026-11-16T08:00:00Z}) stop it on the test's moment; an installation never sets it.
 */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${pm.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? DutchTime.systemClock() : Clock.fixed(Instant.parse(fixed), DutchTime.ZONE);
    }
}
