package nl.participatiemonitor.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Reads the dates sources write: their own patterns (Dutch month names too), ISO, and Excel serial numbers. */
final class SourceDates {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter ISO = formatter("yyyy-MM-dd");
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private SourceDates() {
    }

    /**
     * A strict formatter for a pattern as a controller writes it ({@code dd-MM-yyyy}); 'y' is read as the
     * proleptic year so that strict resolving needs no era.
     */
    static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.forLanguageTag("nl-NL"))
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date of a text in the pattern; a time in it is dropped. */
    static LocalDate parse(String text, DateTimeFormatter formatter) {
        TemporalAccessor parsed = formatter.parseBest(text, LocalDateTime::from, LocalDate::from);
        return parsed instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) parsed;
    }

    /** ISO yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss] (what XLSX date cells and database extracts give), else null. */
    static LocalDate iso(String text) {
        try {
            return text.length() > 10 ? LocalDateTime.parse(text, ISO_TIME).toLocalDate() : LocalDate.parse(text, ISO);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** An Excel serial date (days since 1899-12-30; a fraction is the time of day), or null when it is not one. */
    static LocalDate excel(String text) {
        if (!text.matches("\\d{1,7}(\\.\\d+)?")) {
            return null;
        }
        double serial = Double.parseDouble(text);
        // 1 is 1900-01-01 in Excel's count (which wrongly has a 29 February 1900); 2958465 is 9999-12-31.
        if (serial < 61 || serial > 2958465) {
            return null;
        }
        return EXCEL_EPOCH.plusDays((long) Math.floor(serial));
    }
}
