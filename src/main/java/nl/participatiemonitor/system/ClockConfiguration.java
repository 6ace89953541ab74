package nl.participatiemonitor.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every "today" comes from: Dutch time, so the day of import is the day in the Netherlands. */
@Configuration
class ClockConfiguration {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
