package nl.participatiemonitor.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import nl.participatiemonitor.source.SourceRow;

/**
 * Checks one delivered line against its entity (IMPORT.md): required values, codes, dates,
 * references, event dates not after the day of import, the BSN elfproef and the cross-column rules.
 * Client identifiers leave here only as pseudonyms. One instance per file; not thread-safe.
 */
final class RowValidator {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final CanonicalEntity entity;
    private final ColumnLayout layout;
    private final ReferenceData references;
    private final Pseudonymiser pseudonymiser;
    private final LocalDate importDay;
    private final Dates dates;

    /**
     * The dates a delivered value may have: from {@code earliest} (pm.import.earliest-date) up to 50 years after
     * the day of import, for end dates planned ahead; an event date no later than the day of import.
     */
    record Dates(LocalDate earliest, LocalDate importDay) {

        LocalDate latest() {
            return importDay.plusYears(50);
        }
    }

    RowValidator(CanonicalEntity entity, ColumnLayout layout, ReferenceData references,
            Pseudonymiser pseudonymiser, Dates dates) {
        this.entity = entity;
        this.layout = layout;
        this.references = references;
        this.pseudonymiser = pseudonymiser;
        this.importDay = dates.importDay();
        this.dates = dates;
    }

    CheckedRow check(SourceRow row) {
        List<Problem> problems = new ArrayList<>();
        if (row.fieldCount() != layout.width()) {
            problems.add(new Problem(null, "",
                    "De regel heeft " + row.fieldCount() + " velden, de kopregel " + layout.width()
                            + (row.fieldCount() > layout.width() ? ". Zet tekst met een scheidingsteken tussen aanhalingstekens."
                                    : ". Elke regel heeft evenveel velden als de kopregel; vul ontbrekende velden aan "
                                    + "met lege waarden (;;)."),
                    "The line has " + row.fieldCount() + " fields, the header " + layout.width()
                            + (row.fieldCount() > layout.width() ? ". Put text containing a delimiter between double quotes."
                                    : ". Every line has as many fields as the header; add missing fields as empty "
                                    + "values (;;).")));
            return new CheckedRow.Rejected(row.line(), problems);
        }
        List<FieldSpec> fields = entity.fields();
        Object[] values = new Object[fields.size()];
        Map<String, Object> byName = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            String raw = layout.value(row, field);
            boolean isClient = field.type() == FieldType.CLIENT;
            String visible = isClient ? "" : raw;
            Object value;
            if (raw.isEmpty()) {
                value = field.defaultValue();
                if (field.mandatory()) {
                    problems.add(new Problem(field.name(), "",
                            "Verplichte waarde " + field.name() + " ontbreekt.",
                            "Required value " + field.name() + " is missing."));
                }
            } else {
                value = parse(field, raw, problems);
                if (isClient && value != null) {
                    visible = Pseudonymiser.shown((String) value);
                }
            }
            values[i] = value;
            byName.put(field.name(), value);
            shown.put(field.name(), visible);
        }
        RowValues rowValues = new RowValues(byName, shown);
        for (RowRule rule : entity.rules()) {
            rule.check(rowValues, references, problems);
        }
        if (!problems.isEmpty()) {
            return new CheckedRow.Rejected(row.line(), problems);
        }
        StringJoiner key = new StringJoiner("|");
        StringJoiner shownKey = new StringJoiner(", ");
        for (String column : entity.key()) {
            key.add(String.valueOf(byName.get(column)));
            shownKey.add(column + " " + shown.get(column));
        }
        return new CheckedRow.Valid(row.line(), key.toString(), shownKey.toString(), values);
    }

    private Object parse(FieldSpec field, String raw, List<Problem> problems) {
        String name = field.name();
        switch (field.type()) {
            case TEXT -> {
                if (raw.length() > field.maxLength()) {
                    problems.add(problem(field, abbreviate(raw),
                            "is te lang (" + raw.length() + " tekens, hoogstens " + field.maxLength() + ")",
                            "is too long (" + raw.length() + " characters, at most " + field.maxLength() + ")",
                            "Kort de tekst in.", "Shorten the text."));
                    return null;
                }
                return raw;
            }
            case CODE -> {
                String code = raw.toUpperCase(Locale.ROOT);
                if (!field.codes().contains(code)) {
                    String allowed = String.join(", ", field.codes());
                    problems.add(problem(field, raw, "heeft een onbekende code", "has an unknown code",
                            "Gebruik een van: " + allowed + ".", "Use one of: " + allowed + "."));
                    return null;
                }
                return code;
            }
            case DATE -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(raw, ISO_DATE);
                } catch (DateTimeParseException e) {
                    problems.add(problem(field, raw, "is geen geldige datum", "is not a valid date",
                            "Schrijf datums als jjjj-mm-dd, bijvoorbeeld 2026-07-01.",
                            "Write dates as yyyy-MM-dd, for example 2026-07-01."));
                    return null;
                }
                if (date.isBefore(dates.earliest()) || date.isAfter(dates.latest())) {
                    problems.add(problem(field, raw,
                            "ligt buiten de aannemelijke periode " + dates.earliest() + " tot en met " + dates.latest(),
                            "lies outside the plausible range " + dates.earliest() + " to " + dates.latest(),
                            "Controleer de datum in het bronsysteem; een onbekende datum of een einde dat nog niet "
                                    + "vaststaat laat u leeg in plaats van een vuldatum als 0001-01-01 of 9999-12-31.",
                            "Check the date in the source system; leave an unknown date, or an end not yet known, "
                                    + "empty instead of a placeholder such as 0001-01-01 or 9999-12-31."));
                    return null;
                }
                if (field.eventDate() && date.isAfter(importDay)) {
                    problems.add(problem(field, raw, "ligt na de dag van import (" + importDay + ")",
                            "is after the day of import (" + importDay + ")",
                            "Een gebeurtenis kan niet in de toekomst liggen; controleer de datum.",
                            "An event cannot lie in the future; check the date."));
                    return null;
                }
                return date;
            }
            case BOOLEAN -> {
                return switch (raw.toLowerCase(Locale.ROOT)) {
                    case "j", "ja", "true", "1" -> Boolean.TRUE;
                    case "n", "nee", "false", "0" -> Boolean.FALSE;
                    default -> {
                        problems.add(problem(field, raw, "is geen ja/nee-waarde", "is not a yes/no value",
                                "Gebruik J of N.", "Use J or N."));
                        yield null;
                    }
                };
            }
            case COUNT, POSITIVE, YEAR -> {
                return parseNumber(field, raw, problems);
            }
            case GEMEENTE -> {
                String code = raw.toUpperCase(Locale.ROOT);
                if (!references.isMunicipality(code)) {
                    problems.add(problem(field, raw, "is geen bekende gemeentecode", "is not a known municipality code",
                            "Gebruik de CBS-code, GM met vier cijfers (bijvoorbeeld GM0014).",
                            "Use the CBS code, GM and four digits (for example GM0014)."));
                    return null;
                }
                return code;
            }
            case ORGANISATIE, GR -> {
                String kind = references.organisationKind(raw);
                if (kind == null) {
                    problems.add(problem(field, raw, "is geen bekende organisatie", "is not a known organisation",
                            "Lever de organisatie eerst aan in organisaties.",
                            "Deliver the organisation in organisaties first."));
                    return null;
                }
                if (field.type() == FieldType.GR && !kind.equals("GR")) {
                    problems.add(problem(field, raw, "is geen GR maar " + kind, "is not a GR but " + kind,
                            "Gebruik de code van een gemeenschappelijke regeling.", "Use the code of a GR."));
                    return null;
                }
                return raw;
            }
            case ADVIESORGAAN -> {
                return delivered(field, raw, references.isBody(raw), "adviesorgaan", "advisory body", "adviesorganen",
                        problems);
            }
            case ADVIES -> {
                return delivered(field, raw, references.isAdvice(raw), "advies", "advice", "adviezen", problems);
            }
            case CLIENT -> {
                return clientPseudonym(field, raw, problems);
            }
        }
        throw new IllegalStateException("No check for field type " + field.type());
    }

    /** The value when a record it refers to was delivered; otherwise a problem that says where to deliver it. */
    private static Object delivered(FieldSpec field, String raw, boolean known, String nameNl, String nameEn,
            String entity, List<Problem> problems) {
        if (known) {
            return raw;
        }
        problems.add(problem(field, raw, "is geen bekend " + nameNl, "is not a known " + nameEn,
                "Lever het " + nameNl + " eerst aan in " + entity + ".",
                "Deliver the " + nameEn + " in " + entity + " first."));
        return null;
    }

    private Object parseNumber(FieldSpec field, String raw, List<Problem> problems) {
        int min = switch (field.type()) {
            case POSITIVE -> 1;
            case YEAR -> 1900;
            default -> 0;
        };
        int max = field.type() == FieldType.YEAR ? importDay.getYear() : Integer.MAX_VALUE;
        try {
            int number = Integer.parseInt(raw);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? min + " of meer" : min + " tot en met " + max;
        String rangeEn = max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
        problems.add(problem(field, raw, "is geen geheel getal van " + range,
                "is not a whole number of " + rangeEn, "Controleer het getal.", "Check the number."));
        return null;
    }

    private Object clientPseudonym(FieldSpec field, String raw, List<Problem> problems) {
        if (layout.clientPseudonymised()) {
            if (raw.matches("[0-9a-f]{64}")) {
                return raw;
            }
            // The extract writes what it could not pseudonymise (an invalid BSN) as a marker, never the value.
            problems.add(new Problem(field.name(), "(verborgen)",
                    "Het cliëntnummer uit de bron is geen geldig burgerservicenummer (9 cijfers, elfproef) of ontbreekt. "
                            + "Controleer het nummer in het bronsysteem.",
                    "The client number from the source is not a valid citizen service number (9 digits, eleven test) "
                            + "or is missing. Check the number in the source system."));
            return null;
        }
        if (!layout.clientFromBsn()) {
            if (raw.length() > 255) {
                problems.add(new Problem(field.name(), "", "client_id is langer dan 255 tekens.",
                        "client_id is longer than 255 characters."));
                return null;
            }
            return pseudonymiser.pseudonym(raw);
        }
        String bsn = Bsn.normalise(raw);
        if (bsn == null) {
            // The value is not shown: a mistyped BSN is still a personal number.
            problems.add(new Problem("bsn", "(verborgen)",
                    "bsn is geen geldig burgerservicenummer (9 cijfers, elfproef). Controleer het nummer in het bronsysteem.",
                    "bsn is not a valid citizen service number (9 digits, eleven test). Check the number in the source system."));
            return null;
        }
        return pseudonymiser.pseudonym(bsn);
    }

    private static Problem problem(FieldSpec field, String value, String whatNl, String whatEn, String todoNl,
            String todoEn) {
        return new Problem(field.name(), abbreviate(value),
                field.name() + " '" + abbreviate(value) + "' " + whatNl + ". " + todoNl,
                field.name() + " '" + abbreviate(value) + "' " + whatEn + ". " + todoEn);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
