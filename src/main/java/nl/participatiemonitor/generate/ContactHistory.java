package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;
import static nl.participatiemonitor.generate.Randoms.chance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.participatiemonitor.generate.Plan.Town;

/**
 * Draws one client's contact moments in the two years up to until, after the SCP picture: a burst of
 * intake and income contacts (at the office or by phone) in the first months, then a yearly review and
 * a thinner stream that depends on the client. In the last twelve months long-term clients "out of
 * view" get only letters, messages, unanswered calls and enforcement, and those "without contact" none.
 */
final class ContactHistory {

    /** Contacts per month after the first half year, before the client's own factor (0.4 to 1.6). */
    private static final double SETTLED_RATE = 0.22;
    private static final double REVIEW_CHANCE = 0.8;
    private static final double NEW_RATE = 0.6;
    private static final int SETTLING_DAYS = 182;
    private static final double DAYS_PER_MONTH = 30.44;

    private static final Choice INTAKE_CHANNEL = Choice.of("KANTOOR", 60, "TELEFOON", 30, "VIDEO", 10);
    private static final Choice INCOME_CHANNEL = Choice.of(
            "KANTOOR", 25, "TELEFOON", 35, "EMAIL", 15, "BRIEF", 15, "BERICHT", 10);
    private static final Choice GUIDANCE_CHANNEL = Choice.of(
            "KANTOOR", 45, "TELEFOON", 25, "HUISBEZOEK", 15, "VIDEO", 10, "WIJKLOCATIE", 5);
    private static final Choice REVIEW_CHANNEL = Choice.of("KANTOOR", 50, "TELEFOON", 25, "HUISBEZOEK", 15, "VIDEO", 10);
    private static final Choice CHANNEL = Choice.of("EMAIL", 20, "BERICHT", 20, "BRIEF", 16, "TELEFOON", 18,
            "KANTOOR", 12, "HUISBEZOEK", 5, "WIJKLOCATIE", 3, "VIDEO", 3, "GROEP", 3);
    private static final Choice WRITTEN = Choice.of("EMAIL", 35, "BERICHT", 35, "BRIEF", 30);
    private static final Choice PURPOSE = Choice.of("ONDERSTEUNING", 48, "INKOMEN", 27, "HANDHAVING", 10, "OVERIG", 15);
    private static final Choice REACHED = Choice.of("J", 88, "N", 10, "", 2);

    /** How a long-term client is seen in the last twelve months; every other client is {@code ACTIVE}. */
    enum Engagement { ACTIVE, OUT_OF_VIEW, WITHOUT_CONTACT }

    /** What the history depends on; {@code end} (exclusive) and {@code executor} may be null. */
    record Client(LocalDate start, LocalDate end, Engagement engagement, String executor) {
    }

    /** One contact moment; {@code reached} is J, N or empty, {@code organisation} null for the municipality. */
    record Contact(LocalDate day, String channel, String purpose, String reached, String organisation) {
    }

    private final Town town;
    private final LocalDate until;
    private final LocalDate firstDay;
    private final LocalDate lastYear;

    ContactHistory(Plan plan, Town town) {
        this.town = town;
        this.until = plan.until();
        this.firstDay = plan.windowStart().plusDays(1);
        this.lastYear = until.minusMonths(12).plusDays(1);
    }

    /** The client's contacts in date order, from 30 days before the start up to the end or until. */
    List<Contact> of(SplittableRandom random, Client client) {
        List<Contact> contacts = new ArrayList<>();
        LocalDate first = later(firstDay, client.start().minusDays(30));
        LocalDate last = client.end() == null || client.end().isAfter(until) ? until : client.end();
        if (first.isAfter(last)) {
            return contacts;
        }
        // The intake burst of a client who is long-term by now stays out of the last twelve months.
        LocalDate intakeLast = client.engagement() == Engagement.ACTIVE || last.isBefore(lastYear)
                ? last : lastYear.minusDays(1);
        if (!client.start().isBefore(firstDay) && !first.isAfter(intakeLast)) {
            intake(random, client, first, intakeLast, contacts);
        }
        LocalDate from = later(first, client.start().plusDays(30));
        LocalDate end = last.plusDays(1);
        if (from.isBefore(end)) {
            ongoing(random, client, from, end, contacts);
        }
        contacts.sort(Comparator.comparing(Contact::day));
        return contacts;
    }

    private void intake(SplittableRandom random, Client client, LocalDate first, LocalDate last,
            List<Contact> contacts) {
        LocalDate intake = client.start().plusDays(between(random, -30, 7));
        intake = intake.isBefore(first) ? first : intake.isAfter(last) ? last : intake;
        contacts.add(contact(random, client, intake, INTAKE_CHANNEL.pick(random), "INTAKE"));
        for (int i = between(random, 1, 3); i > 0; i--) {
            LocalDate day = client.start().plusDays(between(random, 0, 90));
            String channel = INCOME_CHANNEL.pick(random);
            if (!day.isBefore(first) && !day.isAfter(last)) {
                contacts.add(contact(random, client, day, channel, "INKOMEN"));
            }
        }
        for (int i = between(random, 0, 2); i > 0; i--) {
            LocalDate day = client.start().plusDays(between(random, 14, 150));
            String channel = GUIDANCE_CHANNEL.pick(random);
            if (!day.isBefore(first) && !day.isAfter(last)) {
                contacts.add(contact(random, client, day, channel, "ONDERSTEUNING"));
            }
        }
    }

    /**
     * A yearly review conversation with most clients in view, and contacts as a Poisson stream from
     * {@code from} up to {@code end} (exclusive), cut where the rate changes: half a year after the
     * start and at the start of the last twelve months.
     */
    private void ongoing(SplittableRandom random, Client client, LocalDate from, LocalDate end,
            List<Contact> contacts) {
        LocalDate settled = client.start().plusDays(SETTLING_DAYS);
        double factor = 0.4 + 1.2 * random.nextDouble();
        TreeSet<LocalDate> cuts = new TreeSet<>(List.of(from, end));
        for (LocalDate cut : List.of(settled, lastYear)) {
            if (cut.isAfter(from) && cut.isBefore(end)) {
                cuts.add(cut);
            }
        }
        for (LocalDate year = firstDay; year.isBefore(end); year = year.plusYears(1)) {
            LocalDate a = later(from, year);
            LocalDate b = year.plusYears(1).isBefore(end) ? year.plusYears(1) : end;
            boolean inView = year.isBefore(lastYear) || client.engagement() == Engagement.ACTIVE;
            if (a.isBefore(b) && inView && chance(random, REVIEW_CHANCE)) {
                LocalDate day = a.plusDays(random.nextLong(ChronoUnit.DAYS.between(a, b)));
                contacts.add(contact(random, client, day, REVIEW_CHANNEL.pick(random), "ONDERSTEUNING"));
            }
        }
        for (LocalDate a = from, b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
            boolean recent = !a.isBefore(lastYear);
            if (recent && client.engagement() == Engagement.WITHOUT_CONTACT) {
                continue;
            }
            boolean outOfView = recent && client.engagement() == Engagement.OUT_OF_VIEW;
            double rate = a.isBefore(settled) ? NEW_RATE : SETTLED_RATE * factor * (outOfView ? 0.6 : 1);
            long days = ChronoUnit.DAYS.between(a, b);
            for (int i = Randoms.poisson(random, rate * days / DAYS_PER_MONTH); i > 0; i--) {
                LocalDate day = a.plusDays(random.nextLong(days));
                contacts.add(outOfView ? outOfView(random, client, day) : ongoing(random, client, day));
            }
        }
    }

    private Contact ongoing(SplittableRandom random, Client client, LocalDate day) {
        String channel = CHANNEL.pick(random);
        return contact(random, client, day, channel, PURPOSE.pick(random));
    }

    /** Letters and messages; enforcement, sometimes at home; calls that do not reach the client. */
    private Contact outOfView(SplittableRandom random, Client client, LocalDate day) {
        String purpose = PURPOSE.pick(random);
        if (purpose.equals("HANDHAVING") && chance(random, 0.5)) {
            return contact(random, client, day, "HUISBEZOEK", purpose);
        }
        if (chance(random, 0.2)) {
            return new Contact(day, "TELEFOON", purpose, "N", organisation(random, client, day, purpose));
        }
        return contact(random, client, day, WRITTEN.pick(random), purpose);
    }

    private Contact contact(SplittableRandom random, Client client, LocalDate day, String channel, String purpose) {
        String reached = REACHED.pick(random);
        return new Contact(day, channel, purpose, reached, organisation(random, client, day, purpose));
    }

    /** The executing party guides its clients; the GR handles income, intake and enforcement for its members. */
    private String organisation(SplittableRandom random, Client client, LocalDate day, String purpose) {
        if (!town.chainOn(day)) {
            return null;
        }
        boolean guidance = purpose.equals("ONDERSTEUNING") || purpose.equals("OVERIG");
        if (guidance && client.executor() != null && chance(random, 0.7)) {
            return client.executor();
        }
        if (!guidance && town.grCode() != null && chance(random, 0.5)) {
            return town.grCode();
        }
        return null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
