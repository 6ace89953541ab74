package nl.participatiemonitor.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a job does not fire: the Dutch public holidays when {@code national} (computed for every year, see
 * {@link DutchHolidays}), and the job file's own extra days, such as a local day off.
 */
public record Holidays(boolean national, List<LocalDate> extra) {

    /** A job that fires on every day its cron names. */
    public static final Holidays NONE = new Holidays(false, List.of());

    public Holidays {
        extra = extra.stream().sorted().distinct().toList();
    }

    public boolean excludes(LocalDate day) {
        return extra.contains(day) || national && DutchHolidays.isHoliday(day);
    }

    public boolean skipsNothing() {
        return !national && extra.isEmpty();
    }
}
