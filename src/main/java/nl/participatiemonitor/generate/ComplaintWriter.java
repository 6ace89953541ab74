package nl.participatiemonitor.generate;

import static nl.participatiemonitor.generate.Randoms.between;
import static nl.participatiemonitor.generate.Randoms.chance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.participatiemonitor.generate.Plan.Town;

/**
 * Writes one municipality's complaints: about 1.5 per 100 clients per year over two years, received
 * in date order. The Awb term cases all occur: handled on time, exactly on the term date, late, with a
 * complaints committee (70 days), extended (+28 days), open within and open past the term; so do late
 * or missing acknowledgements, complaints about the GR or its executing party (some passed on without
 * the municipality) and complaints taken to the ombudsman afterwards.
 */
final class ComplaintWriter {

    static final String[] HEADER = {"klacht_id", "gemeente_code", "ontvangen", "schriftelijk", "kanaal", "onderwerp",
        "gedragende_organisatie", "behandelende_organisatie", "ontvangst_bevestigd", "adviescommissie", "verdaagd_op",
        "afgehandeld", "uitkomst", "doorgezonden_zonder_betrokkenheid", "ombudsman_ingediend", "ombudsman_oordeel"};

    private static final double PER_CLIENT_PER_YEAR = 0.015;
    private static final int TERM = 42;
    private static final int COMMITTEE_TERM = 70;
    private static final int EXTENSION = 28;

    private static final Choice TOPIC = Choice.of("BEJEGENING", 18, "BEREIKBAARHEID", 16, "INFORMATIE", 12,
            "BEGELEIDING_WERK", 10, "MEDISCHE_BEPERKING", 7, "HANDHAVING", 9, "VERGOEDINGEN", 6, "BETALING", 12,
            "KLACHTBEHANDELING", 5, "OVERIG", 5);
    private static final Choice WRITTEN_CHANNEL = Choice.of("BRIEF", 35, "EMAIL", 30, "WEBFORMULIER", 30, "", 5);
    private static final Choice ORAL_CHANNEL = Choice.of("TELEFOON", 50, "BALIE", 25, "GESPREK", 25);
    private static final Choice QUICK_OUTCOME = Choice.of(
            "INFORMEEL_OPGELOST", 50, "INGETROKKEN", 20, "DOORGEZONDEN", 15, "NIET_IN_BEHANDELING", 15);
    private static final Choice FORMAL_OUTCOME = Choice.of(
            "GEGROND", 22, "DEELS_GEGROND", 28, "ONGEGROND", 42, "GEEN_OORDEEL", 8);
    private static final Choice OMBUDSMAN_JUDGEMENT = Choice.of(
            "GEGROND", 20, "DEELS_GEGROND", 20, "NIET_GEGROND", 30, "BEMIDDELD", 20, "NIET_IN_BEHANDELING", 10);

    private final Plan plan;
    private final Town town;

    ComplaintWriter(Plan plan, Town town) {
        this.plan = plan;
        this.town = town;
    }

    long write(Path file) throws IOException {
        SplittableRandom random = Randoms.stream(plan.seed(), "klachten", town.code());
        int count = Randoms.poisson(random, town.clients() * PER_CLIENT_PER_YEAR * 2);
        List<LocalDate> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.add(Randoms.day(random, plan.windowStart().plusDays(1), plan.until()));
        }
        received.sort(LocalDate::compareTo);
        try (CsvLineWriter out = new CsvLineWriter(file, HEADER)) {
            for (int i = 0; i < count; i++) {
                writeComplaint(out, random, MunicipalityWriter.id("KL", town, i + 1, 5), received.get(i));
            }
            return out.rows();
        }
    }

    private void writeComplaint(CsvLineWriter out, SplittableRandom random, String id, LocalDate received)
            throws IOException {
        boolean written = chance(random, 0.85);
        String channel = (written ? WRITTEN_CHANNEL : ORAL_CHANNEL).pick(random);
        String topic = TOPIC.pick(random);
        String actor = null;
        String handler = null;
        Boolean forwarded = town.executorCode() == null ? null : Boolean.FALSE;
        if (town.chainOn(received)) {
            double who = random.nextDouble();
            actor = who < 0.45 ? town.executorCode() : who < 0.6 ? town.grCode() : null;
            if (actor != null) {
                double how = random.nextDouble();
                handler = how < 0.45 ? actor : how < 0.65 ? town.grCode() : null;
                forwarded = town.executorCode().equals(handler) && chance(random, 0.5);
            }
        }
        boolean quick = chance(random, 0.3);
        boolean committee = !quick && chance(random, 0.1);
        String outcome = (quick ? QUICK_OUTCOME : FORMAL_OUTCOME).pick(random);
        LocalDate extended = null;
        LocalDate handled;
        if (quick) {
            handled = received.plusDays(between(random, 1, 21));
        } else {
            int term = committee ? COMMITTEE_TERM : TERM;
            if (chance(random, 0.12)) {
                extended = notAfterUntil(received.plusDays(between(random, term - 14, term - 1)));
            }
            LocalDate due = received.plusDays(term + (extended == null ? 0 : EXTENSION));
            double when = random.nextDouble();
            handled = when < 0.05 ? null
                    : when < 0.11 ? due
                    : when < 0.27 ? due.plusDays(between(random, 1, 60))
                    : received.plusDays(between(random, 5, (int) ChronoUnit.DAYS.between(received, due) - 1));
        }
        handled = notAfterUntil(handled);
        LocalDate acknowledged = acknowledgement(random, written, received);
        if (acknowledged != null && handled != null && acknowledged.isAfter(handled)) {
            acknowledged = handled;
        }
        LocalDate ombudsman = null;
        String judgement = null;
        if (handled != null && !quick && chance(random, 0.08)) {
            ombudsman = notAfterUntil(handled.plusDays(between(random, 5, 90)));
            if (ombudsman != null && ombudsman.isBefore(plan.until().minusDays(60)) && chance(random, 0.8)) {
                judgement = OMBUDSMAN_JUDGEMENT.pick(random);
            }
        }
        out.row(id, town.code(), received, written, channel, topic, actor, handler, acknowledged, committee, extended,
                handled, handled == null ? null : outcome, forwarded, ombudsman, judgement);
    }

    /** Mostly within 7 days for written complaints, sometimes late or never; rarely for oral ones. */
    private LocalDate acknowledgement(SplittableRandom random, boolean written, LocalDate received) {
        double when = random.nextDouble();
        if (written) {
            return when < 0.78 ? notAfterUntil(received.plusDays(between(random, 0, 7)))
                    : when < 0.9 ? notAfterUntil(received.plusDays(between(random, 8, 25))) : null;
        }
        return when < 0.2 ? notAfterUntil(received.plusDays(between(random, 0, 10))) : null;
    }

    private LocalDate notAfterUntil(LocalDate day) {
        return day == null || day.isAfter(plan.until()) ? null : day;
    }
}
