package nl.participatiemonitor.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import nl.participatiemonitor.system.DutchTime;

/**
 * The document metadata of one PDF. Everything that would otherwise come from the clock or a random generator is
 * fixed here: the creation and modification date (the date of the data, at midnight in the Netherlands) and the
 * file identifier (derived from {@code identity}, the same for every render of the same report).
 */
record DocumentInfo(String title, String subject, String keywords, String language, LocalDate date, String identity) {


    Calendar timestamp() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(DutchTime.ZONE));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    /** The 16 bytes of the PDF file identifier. */
    byte[] fileId() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
