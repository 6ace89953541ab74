package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;
import static nl.participatiemonitor.generate.Randoms.chance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import nl.participatiemonitor.generate.AdviceSeries.Advice;
import nl.participatiemonitor.generate.ContactHistory.Client;
import nl.participatiemonitor.generate.ContactHistory.Contact;
import nl.participatiemonitor.generate.ContactHistory.Engagement;
import nl.participatiemonitor.generate.Plan.Body;
import nl.participatiemonitor.generate.Plan.Town;

/**
 * Writes one municipality's delivery: its clients with their contacts (streamed, one client at a
 * time), its complaints and its college's answers to the advice of the bodies covering it. Most clients
 * are long-term (about 15% started in the last year, about 10% ended); answers come on time, late or
 * never, and differ between the members of a GR.
 */
final class MunicipalityWriter {

    private static final String[] CLIENTS = {"client_id", "gemeente_code", "start_uitkering", "einde_uitkering",
        "geboortejaar", "route", "vaste_contactpersoon", "uitvoerder_code"};
    private static final String[] CONTACTS = {"contact_id", "client_id", "datum", "kanaal", "doel", "bereikt",
        "organisatie_code"};
    private static final String[] RESPONSES = {"advies_id", "gemeente_code", "reactie_datum", "uitkomst",
        "gemotiveerd", "schriftelijk"};

    private static final Choice ROUTE = Choice.of("WERK", 35, "PARTICIPATIE", 40, "ONTHEFFING", 20, "ONBEKEND", 3,
            "", 2);
    private static final Choice RESPONSE = Choice.of("OVERGENOMEN", 45, "DEELS_OVERGENOMEN", 35,
            "NIET_OVERGENOMEN", 20);
    /** The share of long-term clients a municipality keeps in view varies between these bounds. */
    private static final double IN_VIEW_LOW = 0.45;
    private static final double IN_VIEW_HIGH = 0.95;
    private static final double MEAN_YEARS_BEFORE_LAST_YEAR = 3;
    private static final int MAX_YEARS_BEFORE_LAST_YEAR = 9;

    private final Plan plan;
    private final Town town;

    MunicipalityWriter(Plan plan, Town town) {
        this.plan = plan;
        this.town = town;
    }

    /** A record id such as {@code C0014-0000001}: prefix, the municipality's digits and a padded number. */
    static String id(String prefix, Town town, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + 5 + Math.max(width, digits.length()));
        id.append(prefix).append(town.digits()).append('-');
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    Map<String, Long> write(Path folder) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (CsvLineWriter clients = new CsvLineWriter(folder.resolve("clienten.csv"), CLIENTS);
                CsvLineWriter contacts = new CsvLineWriter(folder.resolve("contacten.csv"), CONTACTS)) {
            writeClients(clients, contacts);
            rows.put("clienten.csv", clients.rows());
            rows.put("contacten.csv", contacts.rows());
        }
        rows.put("klachten.csv", new ComplaintWriter(plan, town).write(folder.resolve("klachten.csv")));
        try (CsvLineWriter responses = new CsvLineWriter(folder.resolve("advies_reacties.csv"), RESPONSES)) {
            writeResponses(responses);
            rows.put("advies_reacties.csv", responses.rows());
        }
        return rows;
    }

    private void writeClients(CsvLineWriter clients, CsvLineWriter contacts) throws IOException {
        SplittableRandom random = Randoms.stream(plan.seed(), "clienten", town.code());
        ContactHistory history = new ContactHistory(plan, town);
        LocalDate until = plan.until();
        long contactNumber = 0;
        double inView = IN_VIEW_LOW + (IN_VIEW_HIGH - IN_VIEW_LOW) * random.nextDouble();
        for (int number = 1; number <= town.clients(); number++) {
            String id = id("C", town, number, 7);
            LocalDate start = chance(random, 0.15) ? until.minusDays(random.nextInt(365))
                    : until.minusDays(365 + (long) Math.min(
                            Randoms.exponential(random, MEAN_YEARS_BEFORE_LAST_YEAR * 365),
                            MAX_YEARS_BEFORE_LAST_YEAR * 365));
            LocalDate end = null;
            if (chance(random, 0.10)) {
                LocalDate after = start.isAfter(plan.windowStart()) ? start : plan.windowStart();
                end = Randoms.day(random, after.plusDays(1), until.plusDays(90));
            }
            boolean longTerm = !start.isAfter(until.minusMonths(12)) && (end == null || end.isAfter(until));
            Engagement engagement = longTerm ? engagement(random, inView) : Engagement.ACTIVE;
            Integer born = chance(random, 0.01) ? null
                    : between(random, until.getYear() - 68, Math.min(until.getYear() - 20, start.getYear() - 18));
            String executor = town.executorCode() != null && chance(random, town.grCode() != null ? 0.5 : 0.3)
                    ? town.executorCode() : null;
            clients.row(id, town.code(), start, end, born, ROUTE.pick(random),
                    chance(random, fixedContactChance(longTerm, engagement)), executor);
            for (Contact c : history.of(random, new Client(start, end, engagement, executor))) {
                contacts.row(id("CT", town, ++contactNumber, 8), id, c.day(), c.channel(), c.purpose(), c.reached(),
                        c.organisation());
            }
        }
    }

    /** In view with the municipality's chance; otherwise out of view, or (two in five) without any contact. */
    private static Engagement engagement(SplittableRandom random, double inView) {
        double draw = random.nextDouble();
        if (draw < inView) {
            return Engagement.ACTIVE;
        }
        return draw < inView + (1 - inView) * 0.6 ? Engagement.OUT_OF_VIEW : Engagement.WITHOUT_CONTACT;
    }

    /** A fixed caseworker for most new clients, fewer for long-term ones and fewest for those out of view. */
    private static double fixedContactChance(boolean longTerm, Engagement engagement) {
        if (!longTerm) {
            return 0.8;
        }
        return switch (engagement) {
            case ACTIVE -> 0.68;
            case OUT_OF_VIEW -> 0.4;
            case WITHOUT_CONTACT -> 0.25;
        };
    }

    /**
     * One row per advice of a body that covered this municipality on its issue date, except for the
     * few never answered; on time, late, or with an empty date when not (yet) answered by until.
     */
    private void writeResponses(CsvLineWriter out) throws IOException {
        for (Body body : plan.bodiesOf(town.code())) {
            for (Advice advice : AdviceSeries.of(plan, body)) {
                if (!body.covers(town.code(), advice.issuedOn())) {
                    continue;
                }
                SplittableRandom random = Randoms.stream(plan.seed(), "reactie", advice.id(), town.code());
                double when = random.nextDouble();
                if (when < 0.08) {
                    continue;
                }
                LocalDate answered = when < 0.13 ? null
                        : when < 0.35 ? advice.due().plusDays(between(random, 1, 75))
                        : Randoms.day(random, advice.issuedOn().plusDays(3), advice.due());
                if (answered == null || answered.isAfter(plan.until())) {
                    out.row(advice.id(), town.code(), null, null, null, null);
                } else {
                    out.row(advice.id(), town.code(), answered, RESPONSE.pick(random), chance(random, 0.85),
                            chance(random, 0.9));
                }
            }
        }
    }
}
