package nl.participatiemonitor.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The Dutch national public holidays on which municipal offices are closed: Nieuwjaarsdag, Eerste en Tweede Paasdag,
 * Koningsdag (27 April, or the 26th when the 27th is a Sunday), Bevrijdingsdag (5 May), Hemelvaartsdag, Eerste en
 * Tweede Pinksterdag, Eerste en Tweede Kerstdag. Computed for any year, so a job file never runs out of them. Good
 * Friday is no public holiday for Dutch government.
 */
final class DutchHolidays {

    private DutchHolidays() {
    }

    /** The public holidays of {@code year}, in date order. */
    static List<LocalDate> in(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return List.of(LocalDate.of(year, Month.JANUARY, 1), easter, easter.plusDays(1), kingsDay,
                LocalDate.of(year, Month.MAY, 5), easter.plusDays(39), easter.plusDays(49), easter.plusDays(50),
                LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26))
                .stream().sorted().distinct().toList();
    }

    static boolean isHoliday(LocalDate day) {
        return in(day.getYear()).contains(day);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
