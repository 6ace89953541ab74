package nl.participatiemonitor.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;

/** The refusal messages for files that cannot be read at all, in Dutch and in English. */
final class Refusals {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Pattern CSV_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private Refusals() {
    }

    static UnreadableFileException notTabular(Path file) {
        return refuse(file, null,
                "%s is geen CSV- of XLSX-bestand. Lever het bestand aan als CSV-bestand (UTF-8) of als Excel-werkmap (.xlsx).",
                "%s is not a CSV or XLSX file. Deliver the file as a CSV file (UTF-8) or as an Excel workbook (.xlsx).");
    }

    static UnreadableFileException tooLarge(Path file, long size, long limit) {
        return new UnreadableFileException(file,
                "%s is te groot: het bestand is %s en de grens is %s. Splits het bestand in kleinere delen en lever die opnieuw aan."
                        .formatted(name(file), size(size, DUTCH), size(limit, DUTCH)),
                "%s is too large: the file is %s and the limit is %s. Split the file into smaller parts and deliver them again."
                        .formatted(name(file), size(size, Locale.ENGLISH), size(limit, Locale.ENGLISH)));
    }

    static UnreadableFileException unreadable(Path file, Throwable cause) {
        return refuse(file, cause,
                "%s kan niet worden gelezen. Controleer of het bestand compleet is en lever het opnieuw aan.",
                "%s cannot be read. Check that the file is complete and deliver it again.");
    }

    static UnreadableFileException notUtf8(Path file, long line, long offset) {
        return refuse(file, null,
                "%s is geen geldige UTF-8-tekst: ongeldige byte op regel %d (byte %d). Sla het bestand op als UTF-8 en lever het opnieuw aan.",
                "%s is not valid UTF-8 text: invalid byte on line %d (byte %d). Save the file as UTF-8 and deliver it again.",
                line, offset);
    }

    static UnreadableFileException utf16(Path file) {
        return refuse(file, null,
                "%s is opgeslagen als UTF-16 (in Excel: \"Unicode-tekst\"), niet als UTF-8. Sla het bestand op als \"CSV UTF-8 (door komma's gescheiden)\" en lever het opnieuw aan.",
                "%s is saved as UTF-16 (in Excel: \"Unicode Text\"), not as UTF-8. Save the file as \"CSV UTF-8 (Comma delimited)\" and deliver it again.");
    }

    static UnreadableFileException zipNamedCsv(Path file) {
        return refuse(file, null,
                "%s is geen CSV-bestand maar een zip-archief, waarschijnlijk een Excel-werkmap met de naam .csv. Lever een werkmap aan met de extensie .xlsx, of sla hem op als \"CSV UTF-8\".",
                "%s is not a CSV file but a zip archive, probably an Excel workbook named .csv. Deliver a workbook with the extension .xlsx, or save it as \"CSV UTF-8\".");
    }

    static UnreadableFileException otherDelimiter(Path file, char delimiter) {
        String shown = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return refuse(file, null,
                "%s heeft een kopregel van één kolom: het scheidingsteken lijkt %s te zijn. Gebruik ';' of ',' als scheidingsteken en lever het bestand opnieuw aan.",
                "%s has a header of one column: the separator seems to be %s. Use ';' or ',' as the separator and deliver the file again.",
                shown);
    }

    static UnreadableFileException binary(Path file, long line, long offset) {
        return refuse(file, null,
                "%s is geen CSV-bestand maar een binair bestand: er staat een NUL-byte op regel %d (byte %d). Lever een CSV-bestand aan dat als UTF-8-tekst is opgeslagen.",
                "%s is not a CSV file but a binary file: there is a NUL byte on line %d (byte %d). Deliver a CSV file saved as UTF-8 text.",
                line, offset);
    }

    static UnreadableFileException fieldTooLong(Path file, long line, int limit) {
        return refuse(file, null,
                "%s heeft op regel %d een veld van meer dan %d tekens (of een aanhalingsteken dat niet wordt gesloten). Sluit elk aanhalingsteken en kort lange tekst in; er is niets geïmporteerd.",
                "%s has on line %d a field of more than %d characters (or a quote that is never closed). Close every quote and shorten long text; nothing was imported.",
                line, limit);
    }

    static UnreadableFileException tooManyColumns(Path file, long line, int limit) {
        return refuse(file, null,
                "%s heeft op regel %d meer dan %d velden. Lever alleen de kolommen van het leveringsformaat aan; er is niets geïmporteerd.",
                "%s has on line %d more than %d fields. Deliver only the columns of the delivery format; nothing was imported.",
                line, limit);
    }

    static UnreadableFileException emptyFile(Path file) {
        return refuse(file, null,
                "%s heeft geen kopregel: het bestand is leeg. Zet de kolomnamen op de eerste regel en lever het bestand opnieuw aan.",
                "%s has no header line: the file is empty. Put the column names on the first line and deliver the file again.");
    }

    static UnreadableFileException emptyHeaderLine(Path file) {
        return refuse(file, null,
                "%s heeft geen kopregel: regel 1 bevat geen kolomnamen. Zet de kolomnamen op de eerste regel en lever het bestand opnieuw aan.",
                "%s has no header line: line 1 contains no column names. Put the column names on the first line and deliver the file again.");
    }

    /** Translates a commons-csv parse error; its message is the only place that names the line. */
    static UnreadableFileException badCsv(Path file, CSVException error) {
        String message = String.valueOf(error.getMessage());
        Matcher line = CSV_LINE.matcher(message);
        if (!line.find()) {
            return unreadable(file, error);
        }
        long number = Long.parseLong(line.group(1));
        if (message.contains("EOF reached before encapsulated token finished")) {
            return refuse(file, error,
                    "%s heeft een aanhalingsteken dat niet wordt gesloten: het veld begint op regel %d. Sluit het veld af met een aanhalingsteken en lever het bestand opnieuw aan.",
                    "%s has a quote that is never closed: the field starts on line %d. Close the field with a quote and deliver the file again.",
                    number);
        }
        return refuse(file, error,
                "%s heeft een fout in de aanhalingstekens op regel %d: na een afsluitend aanhalingsteken staat nog tekst. Schrijf een aanhalingsteken binnen een veld dubbel (\"\") en lever het bestand opnieuw aan.",
                "%s has an error in the quotes on line %d: there is text after a closing quote. Write a quote inside a field twice (\"\") and deliver the file again.",
                number);
    }

    static UnreadableFileException notXlsx(Path file, Throwable cause) {
        return refuse(file, cause,
                "%s is geen geldig XLSX-bestand: het is geen Excel-werkmap of het is beschadigd. Sla het bestand in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord en lever het opnieuw aan.",
                "%s is not a valid XLSX file: it is not an Excel workbook or it is damaged. Save the file in Excel as an Excel workbook (.xlsx) without a password and deliver it again.");
    }

    static UnreadableFileException inflatedTooLarge(Path file, long limit) {
        return new UnreadableFileException(file,
                "%s is geweigerd als mogelijke zipbom: uitgepakt is het bestand groter dan %s. Lever de gegevens aan als CSV-bestand of verdeel ze over kleinere bestanden."
                        .formatted(name(file), size(limit, DUTCH)),
                "%s was refused as a possible zip bomb: unpacked, the file is larger than %s. Deliver the data as a CSV file or split it over smaller files."
                        .formatted(name(file), size(limit, Locale.ENGLISH)));
    }

    static UnreadableFileException inflateRatio(Path file, String part, double ratio) {
        String times = String.format(Locale.ROOT, "%.0f", ratio);
        return refuse(file, null,
                "%s is geweigerd als mogelijke zipbom: het onderdeel %s wordt bij uitpakken meer dan %s keer zo groot. Sla het bestand opnieuw op in Excel of lever de gegevens aan als CSV-bestand.",
                "%s was refused as a possible zip bomb: the part %s becomes more than %s times as large when unpacked. Save the file again in Excel or deliver the data as a CSV file.",
                part, times);
    }

    static UnreadableFileException noSheet(Path file) {
        return refuse(file, null,
                "%s heeft geen werkblad. Zet de gegevens in het eerste werkblad en lever het bestand opnieuw aan.",
                "%s has no worksheet. Put the data in the first worksheet and deliver the file again.");
    }

    static UnreadableFileException emptyHeaderRow(Path file, String sheet, int row) {
        if (row == 1) {
            return refuse(file, null,
                    "%s heeft geen kopregel: rij 1 van werkblad \"%s\" bevat geen kolomnamen. Zet de kolomnamen in de eerste rij en lever het bestand opnieuw aan.",
                    "%s has no header row: row 1 of worksheet \"%s\" contains no column names. Put the column names in the first row and deliver the file again.",
                    sheet);
        }
        return refuse(file, null,
                "%s heeft geen kopregel: rij %d van werkblad \"%s\" bevat geen kolomnamen. Zet de kolomnamen in die rij of pas header-row aan in de brondefinitie.",
                "%s has no header row: row %d of worksheet \"%s\" contains no column names. Put the column names in that row or change header-row in the source definition.",
                row, sheet);
    }

    static UnreadableFileException noSuchSheet(Path file, String sheet, java.util.List<String> sheets) {
        return refuse(file, null,
                "%s heeft geen werkblad \"%s\"; de werkbladen zijn: %s. Pas sheet aan in de brondefinitie of lever de werkmap met dat werkblad.",
                "%s has no worksheet \"%s\"; its worksheets are: %s. Change sheet in the source definition or deliver the workbook with that worksheet.",
                sheet, String.join(", ", sheets));
    }

    private static UnreadableFileException refuse(Path file, Throwable cause, String dutch, String english,
            Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = name(file);
        System.arraycopy(details, 0, args, 1, details.length);
        return new UnreadableFileException(file, String.format(Locale.ROOT, dutch, args),
                String.format(Locale.ROOT, english, args), cause);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String size(long bytes, Locale locale) {
        if (bytes >= 1L << 30) {
            return String.format(locale, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(locale, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(locale, "%d bytes", bytes);
    }
}
