package nl.participatiemonitor.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: it stands still on {@link #TODAY} until a test moves it, so no test
 * depends on the day it runs. The fixtures' records end in October 2026, 2026-Q3 is still provisional
 * on this day (it settles 60 days after the quarter ends, on 2026-11-29) and 2026-Q2 is definitive.
 */
public final class TestClock extends Clock {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The day every test starts on: a Monday, after the fixtures' last records and before 2026-Q3 settles. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    static final Instant START = LocalDateTime.of(TODAY, java.time.LocalTime.of(9, 0)).atZone(NETHERLANDS).toInstant();

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public ZoneId getZone() {
        return NETHERLANDS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Puts the clock on an instant, for a test about another day. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Puts the clock back on the first moment of {@link #TODAY}; done before every test. */
    public void reset() {
        now.set(START);
    }
}
