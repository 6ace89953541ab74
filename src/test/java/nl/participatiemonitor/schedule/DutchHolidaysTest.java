package nl.participatiemonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import nl.participatiemonitor.system.DutchTime;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/** The Dutch public holidays are computed for every year, and a job's calendar skips them and its own days. */
class DutchHolidaysTest {

    @Test
    void knowsTheHolidaysOfAnyYear() {
        // 2027: Easter on 28 March; Koningsdag on Tuesday 27 April.
        assertThat(DutchHolidays.in(2027)).containsExactly(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-28"),
                LocalDate.parse("2027-03-29"), LocalDate.parse("2027-04-27"), LocalDate.parse("2027-05-05"),
                LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-16"), LocalDate.parse("2027-05-17"),
                LocalDate.parse("2027-12-25"), LocalDate.parse("2027-12-26"));
        // 2038: Easter as late as it gets (25 April); 2025: Koningsdag on a Sunday moves to Saturday 26 April.
        assertThat(DutchHolidays.easterSunday(2038)).isEqualTo(LocalDate.parse("2038-04-25"));
        assertThat(DutchHolidays.easterSunday(2008)).isEqualTo(LocalDate.parse("2008-03-23"));
        assertThat(DutchHolidays.in(2025)).contains(LocalDate.parse("2025-04-26")).doesNotContain(LocalDate.parse("2025-04-27"));
        assertThat(DutchHolidays.in(2040)).as("Hemelvaart 2040").contains(LocalDate.parse("2040-05-10"));
        assertThat(DutchHolidays.isHoliday(LocalDate.parse("2027-03-26"))).as("Goede Vrijdag is no day off").isFalse();
    }

    @Test
    void aJobOnWeekdaysSkipsTheHolidaysAndItsOwnDaysInQuartzToo() {
        JobDefinition job = new JobDefinition("inbox", "", "x.yml", "0 30 6 ? * MON-FRI", DutchTime.ZONE, Task.INBOX,
                null, null, Set.of(), null, "inbox", 30,
                new Holidays(true, List.of(LocalDate.parse("2027-12-24"))));
        Instant kingsDay = LocalDate.parse("2027-04-26").atStartOfDay(DutchTime.ZONE).toInstant();
        Instant christmas = LocalDate.parse("2027-12-23").atStartOfDay(DutchTime.ZONE).toInstant();

        // Monday 26 April, not Koningsdag on Tuesday 27; Thursday 23 December, not Friday 24 (the job's own day).
        assertThat(JobSchedule.nextFireTimes(job, kingsDay, 3)).extracting(t -> t.toLocalDate().toString())
                .containsExactly("2027-04-26", "2027-04-28", "2027-04-29");
        assertThat(JobSchedule.nextFireTimes(job, christmas, 2)).extracting(t -> t.toLocalDate().toString())
                .containsExactly("2027-12-23", "2027-12-27");
        assertThat(quartzFireTimes(job, kingsDay, 3)).as("what the scheduler fires is what jobs shows")
                .containsExactly("2027-04-26", "2027-04-28", "2027-04-29");
        assertThat(quartzFireTimes(job, christmas, 2)).containsExactly("2027-12-23", "2027-12-27");
        assertThat(DefinitionCodec.read(DefinitionCodec.write(job))).as("as the job store keeps it").isEqualTo(job);
    }

    private static List<String> quartzFireTimes(JobDefinition job, Instant from, int count) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger()
                .withSchedule(CronScheduleBuilder.cronSchedule(job.cron()).inTimeZone(TimeZone.getTimeZone(job.zone())))
                .startAt(Date.from(from)).build();
        return TriggerUtils.computeFireTimes(trigger, new HolidaysCalendar(job.holidays(), job.zone()), count).stream()
                .map(d -> d.toInstant().atZone(job.zone()).toLocalDate().toString()).toList();
    }
}
