package nl.participatiemonitor.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.TreeSet;
import org.quartz.impl.calendar.BaseCalendar;

/**
 * A Quartz calendar that leaves out a job's {@link Holidays} in its time zone. Unlike Quartz's own HolidayCalendar it
 * needs no list of dates for the national holidays, so it never runs out. Stored serialised in the job store.
 */
class HolidaysCalendar extends BaseCalendar {

    private static final long serialVersionUID = 1L;
    private static final long DAY = 24L * 60 * 60 * 1000;

    private final String zone;
    private final boolean national;
    private final TreeSet<LocalDate> extra;

    HolidaysCalendar(Holidays holidays, ZoneId zone) {
        this.zone = zone.getId();
        this.national = holidays.national();
        this.extra = new TreeSet<>(holidays.extra());
        setTimeZone(TimeZone.getTimeZone(zone));
    }

    /** Whether this calendar leaves out exactly {@code holidays} in {@code zone}. */
    boolean isFor(Holidays holidays, ZoneId zone) {
        return this.zone.equals(zone.getId()) && national == holidays.national()
                && extra.equals(new TreeSet<>(holidays.extra()));
    }

    private boolean excluded(long timeStamp) {
        return new Holidays(national, extra.stream().toList())
                .excludes(Instant.ofEpochMilli(timeStamp).atZone(ZoneId.of(zone)).toLocalDate());
    }

    @Override
    public boolean isTimeIncluded(long timeStamp) {
        return super.isTimeIncluded(timeStamp) && !excluded(timeStamp);
    }

    @Override
    public long getNextIncludedTime(long timeStamp) {
        long next = super.getNextIncludedTime(timeStamp);
        while (excluded(next)) {
            LocalDate day = Instant.ofEpochMilli(next).atZone(ZoneId.of(zone)).toLocalDate().plusDays(1);
            next = super.getNextIncludedTime(day.atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli() - 1);
            if (next > timeStamp + 400 * DAY) {
                break;
            }
        }
        return next;
    }
}
