package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;
import static nl.participatiemonitor.generate.Randoms.chance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import nl.participatiemonitor.generate.AdviceSeries.Advice;
import nl.participatiemonitor.generate.Plan.Body;
import nl.participatiemonitor.generate.Plan.Coverage;

/**
 * Writes the advisory delivery: one row of facts per body per peildatum on which it covered someone,
 * the coverage of every body, and the advice of every body. Facilities range from all seven to two or
 * three; some evaluations are recent, others more than four years old or missing.
 */
final class AdvisoryWriter {

    private static final String[] BODIES = {"orgaan_id", "naam", "soort", "peildatum", "verordening_datum",
        "werkafspraken", "laatste_evaluatie", "zetels", "bezette_zetels", "leden_pw_client", "fac_budget",
        "fac_achterban", "fac_beleidsagenda", "fac_contactpersoon", "fac_voorzitter", "fac_secretaris", "fac_locatie"};
    private static final String[] COVERAGE = {"orgaan_id", "gemeente_code", "geldig_van", "geldig_tot"};
    private static final String[] ADVICE = {"advies_id", "orgaan_id", "soort", "onderwerp", "titel", "gevraagd_op",
        "uitgebracht_op", "betrokkenheid", "reactietermijn_dagen"};
    private static final int FACILITIES = 7;

    private final Plan plan;

    AdvisoryWriter(Plan plan) {
        this.plan = plan;
    }

    Map<String, Long> write(Path folder) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (CsvLineWriter out = new CsvLineWriter(folder.resolve("adviesorganen.csv"), BODIES)) {
            for (int i = 0; i < plan.bodies().size(); i++) {
                writeFacts(out, plan.bodies().get(i), i);
            }
            rows.put("adviesorganen.csv", out.rows());
        }
        try (CsvLineWriter out = new CsvLineWriter(folder.resolve("adviesorgaan_dekking.csv"), COVERAGE)) {
            for (Body body : plan.bodies()) {
                for (Coverage c : body.coverage().stream().sorted(Comparator.comparing(Coverage::municipality)
                        .thenComparing(Coverage::from)).toList()) {
                    out.row(body.id(), c.municipality(), c.from(), c.to());
                }
            }
            rows.put("adviesorgaan_dekking.csv", out.rows());
        }
        try (CsvLineWriter out = new CsvLineWriter(folder.resolve("adviezen.csv"), ADVICE)) {
            for (Body body : plan.bodies()) {
                for (Advice a : AdviceSeries.of(plan, body)) {
                    out.row(a.id(), a.bodyId(), a.kind(), a.topic(), a.title(), a.askedOn(), a.issuedOn(),
                            a.involvement(), a.termDays());
                }
            }
            rows.put("adviezen.csv", out.rows());
        }
        return rows;
    }

    /**
     * The body's facts at each peildatum it was active: drawn once, then at the later date a seat may
     * have been filled or emptied, a new verordening adopted or an overdue evaluation done.
     */
    private void writeFacts(CsvLineWriter out, Body body, int index) throws IOException {
        SplittableRandom random = Randoms.stream(plan.seed(), "orgaan", body.id());
        LocalDate first = plan.peildata().get(0);
        int seats = body.kind().equals("CLIENTENRAAD_GR") ? between(random, 9, 15) : between(random, 5, 13);
        int filled = seats - random.nextInt(4);
        int clientMembers = clientMembers(random, body, filled);
        boolean[] facilities = facilities(random);
        LocalDate ordinance = Randoms.day(random, body.founded(), body.founded().plusYears(1));
        ordinance = ordinance.isAfter(first) ? first : ordinance;
        boolean agreements = chance(random, 0.65);
        LocalDate evaluated = firstEvaluation(random, index, first);
        LocalDate previous = null;
        for (LocalDate peildatum : plan.peildata()) {
            if (previous != null) {
                filled = Math.max(2, Math.min(seats, filled + between(random, -1, 1)));
                clientMembers = Math.min(clientMembers, filled);
                if (chance(random, 0.15)) {
                    ordinance = Randoms.day(random, previous.plusDays(1), peildatum);
                }
                if ((evaluated == null || evaluated.isBefore(peildatum.minusYears(4))) && chance(random, 0.25)) {
                    evaluated = Randoms.day(random, previous.plusDays(1), peildatum);
                }
                agreements = agreements || chance(random, 0.2);
            }
            previous = peildatum;
            if (body.coversAnyone(peildatum)) {
                out.row(body.id(), body.name(), body.kind(), peildatum, ordinance, agreements, evaluated, seats,
                        filled, clientMembers, facilities[0], facilities[1], facilities[2], facilities[3],
                        facilities[4], facilities[5], facilities[6]);
            }
        }
    }

    /** In turn by body: recent, more than four years old, recent, never. */
    private static LocalDate firstEvaluation(SplittableRandom random, int index, LocalDate peildatum) {
        return switch (index % 4) {
            case 0, 2 -> peildatum.minusDays(between(random, 30, 600));
            case 1 -> peildatum.minusYears(4).minusDays(between(random, 10, 1000));
            default -> null;
        };
    }

    private static int clientMembers(SplittableRandom random, Body body, int filled) {
        if (body.withoutClientMembers()) {
            return 0;
        }
        return body.kind().startsWith("CLIENTENRAAD") ? between(random, 1, filled) : between(random, 0, 2);
    }

    /** All seven for a quarter of the bodies, two or three for a third, otherwise each with chance 0.6. */
    private static boolean[] facilities(SplittableRandom random) {
        boolean[] facilities = new boolean[FACILITIES];
        double profile = random.nextDouble();
        if (profile < 0.25) {
            Arrays.fill(facilities, true);
        } else if (profile < 0.6) {
            for (int granted = between(random, 2, 3); granted > 0; ) {
                int facility = random.nextInt(FACILITIES);
                if (!facilities[facility]) {
                    facilities[facility] = true;
                    granted--;
                }
            }
        } else {
            for (int i = 0; i < FACILITIES; i++) {
                facilities[i] = chance(random, 0.6);
            }
        }
        return facilities;
    }
}
