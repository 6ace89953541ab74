package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.participatiemonitor.generate.Plan.Body;

/**
 * The advice a body issued in the two years up to until: one or more per quarter on days it covered
 * someone. Derived from the seed and the body id alone, so the advisory delivery and the answering
 * municipalities see the same advice without keeping it in memory.
 */
final class AdviceSeries {

    /** The response term when an advice names none (the METRICS.md default). */
    static final int DEFAULT_TERM = 42;

    private static final Choice KIND = Choice.of("GEVRAAGD", 70, "ONGEVRAAGD", 30);
    private static final Choice TOPIC = Choice.of("VERORDENING", 6, "BELEID", 16, "UITVOERING", 18,
            "MINIMABELEID", 16, "REINTEGRATIE", 14, "HANDHAVING", 8, "COMMUNICATIE", 10, "BEGROTING", 7, "OVERIG", 5);
    private static final Choice REQUESTED_INVOLVEMENT = Choice.of(
            "VROEG", 25, "CONCEPT", 35, "LAAT", 20, "NA_BESLUIT", 10, "", 10);
    private static final Choice UNREQUESTED_INVOLVEMENT = Choice.of("", 60, "VROEG", 20, "CONCEPT", 10, "LAAT", 10);
    private static final Choice TERM = Choice.of("", 80, "28", 10, "56", 10);
    private static final Map<String, String[]> TITLES = Map.of(
            "VERORDENING", new String[] {"Advies over de verordening cliëntenparticipatie",
                    "Advies over de wijziging van de verordening maatregelen"},
            "BELEID", new String[] {"Advies over het beleidsplan werk en inkomen",
                    "Advies over de koers sociaal domein"},
            "UITVOERING", new String[] {"Advies over de bereikbaarheid van klantmanagers",
                    "Advies over de dienstverlening aan langdurige bijstandsgerechtigden"},
            "MINIMABELEID", new String[] {"Advies over de individuele inkomenstoeslag",
                    "Advies over het kindpakket en de meedoenregeling"},
            "REINTEGRATIE", new String[] {"Advies over het aanbod van re-integratietrajecten",
                    "Advies over beschut werk en de praktijkroute"},
            "HANDHAVING", new String[] {"Advies over het handhavingsbeleid",
                    "Advies over huisbezoeken en de informatieplicht"},
            "COMMUNICATIE", new String[] {"Advies \"Brieven in gewone taal\"; reactie op de klantreis",
                    "Advies over de website werk en inkomen"},
            "BEGROTING", new String[] {"Advies over de begroting sociaal domein",
                    "Advies over de voorjaarsnota"},
            "OVERIG", new String[] {"Advies over de vrijwilligersvergoeding",
                    "Advies over het jaarverslag klachten"});

    /** One advice; {@code termDays} is null when the municipality's norm applies. */
    record Advice(String id, String bodyId, String kind, String topic, String title, LocalDate askedOn,
            LocalDate issuedOn, String involvement, Integer termDays) {

        LocalDate due() {
            return issuedOn.plusDays(termDays == null ? DEFAULT_TERM : termDays);
        }
    }

    private AdviceSeries() {
    }

    /** The advice of the body in issue order. */
    static List<Advice> of(Plan plan, Body body) {
        SplittableRandom random = Randoms.stream(plan.seed(), "adviezen", body.id());
        double activity = 0.5 + 2 * random.nextDouble();
        LocalDate first = plan.windowStart().plusDays(1);
        List<Advice> series = new ArrayList<>();
        for (LocalDate quarter = Plan.quarterStart(first); !quarter.isAfter(plan.until());
                quarter = quarter.plusMonths(3)) {
            LocalDate from = quarter.isBefore(first) ? first : quarter;
            LocalDate last = quarter.plusMonths(3).minusDays(1);
            LocalDate to = last.isAfter(plan.until()) ? plan.until() : last;
            List<LocalDate> days = new ArrayList<>();
            for (int i = Randoms.poisson(random, activity) + 1; i > 0; i--) {
                LocalDate day = Randoms.day(random, from, to);
                if (body.coversAnyone(day)) {
                    days.add(day);
                }
            }
            days.sort(LocalDate::compareTo);
            for (LocalDate day : days) {
                series.add(advice(random, body, series.size() + 1, day));
            }
        }
        return series;
    }

    private static Advice advice(SplittableRandom random, Body body, int number, LocalDate issued) {
        String kind = KIND.pick(random);
        String topic = TOPIC.pick(random);
        String[] titles = TITLES.get(topic);
        String title = titles[random.nextInt(titles.length)];
        boolean requested = kind.equals("GEVRAAGD");
        LocalDate asked = requested ? issued.minusDays(between(random, 10, 60)) : null;
        String involvement = (requested ? REQUESTED_INVOLVEMENT : UNREQUESTED_INVOLVEMENT).pick(random);
        String term = TERM.pick(random);
        return new Advice(body.id() + "-" + String.format(Locale.ROOT, "%03d", number), body.id(), kind, topic, title, asked,
                issued, involvement, term.isEmpty() ? null : Integer.valueOf(term));
    }
}
