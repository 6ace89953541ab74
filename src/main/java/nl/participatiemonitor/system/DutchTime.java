package nl.participatiemonitor.system;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Dutch time, in which the law's days are counted: the day of import, a period's end, a complaint's term.
 * Every "now" of the application comes from the {@link Clock} bean built here, so a test can pin it.
 */
public final class DutchTime {

    /** The Netherlands' time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** The clock of a running installation; only the clock bean and commands that start no application use it. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }
}
