package nl.participatiemonitor.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every "today" comes from: Dutch time, so the day of import is the day in the Netherlands. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return DutchTime.systemClock();
    }
}
