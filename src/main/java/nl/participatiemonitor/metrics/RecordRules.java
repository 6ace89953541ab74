package nl.participatiemonitor.metrics;

import java.util.List;

/**
 * Which records count in which indicator, as SQL conditions: the one place METRICS.md's record-level definitions are
 * written down, read both by the computation (which sums them) and by the reviewer dossier (which lists the records
 * they select), so the two cannot drift apart. Aliases: {@code g} the run's municipality and period
 * ({@code indicatorrun_gemeenten}), {@code k} a complaint, {@code a} an advice for the municipality
 * ({@code indicatorrun_adviezen}), {@code r} a college's answer ({@code advies_reacties}), {@code c} a client.
 */
final class RecordRules {

    /** A count (noemer null) or a ratio, with the condition a record meets to count in teller or noemer. */
    record Rule(Indicator indicator, String teller, String noemer) {

        boolean isRatio() {
            return noemer != null;
        }
    }

    /** Personal contact (METRICS.md) over {@code contacten k}: in person, video or phone, reached, not enforcement. */
    static final String PERSONAL_CONTACT = "k.kanaal IN ('KANTOOR', 'HUISBEZOEK', 'WIJKLOCATIE', 'TELEFOON', 'VIDEO') "
            + "AND k.bereikt AND k.doel <> 'HANDHAVING'";

    private static final String IN_PERIOD = " BETWEEN g.begin_periode AND g.peildatum";

    static final String COMPLAINT_RECEIVED = "k.ontvangen" + IN_PERIOD;
    static final String COMPLAINT_HANDLED = "k.afgehandeld" + IN_PERIOD;

    private static final String JUDGED_IN_TERM = COMPLAINT_HANDLED + " AND k.uitkomst NOT IN "
            + ComplaintTerm.NOT_JUDGED;
    private static final String ACKNOWLEDGEABLE = "k.schriftelijk AND " + COMPLAINT_RECEIVED + " AND (DATE_ADD("
            + "k.ontvangen, INTERVAL g.bevestiging_dagen DAY) <= g.peildatum OR k.ontvangst_bevestigd IS NOT NULL)";
    private static final String JUDGED = COMPLAINT_HANDLED + " AND k.uitkomst IN ('GEGROND', 'DEELS_GEGROND', 'ONGEGROND')";

    /** K1 and K3..K10 over {@code klachten k} (K2 is K1 per 1,000 clients of B1). */
    static final List<Rule> COMPLAINTS = List.of(
            count(Indicator.K1, COMPLAINT_RECEIVED),
            ratio(Indicator.K3, JUDGED_IN_TERM + " AND k.afgehandeld <= " + ComplaintTerm.LAST_DAY, JUDGED_IN_TERM),
            ratio(Indicator.K4, ACKNOWLEDGEABLE
                    + " AND k.ontvangst_bevestigd <= DATE_ADD(k.ontvangen, INTERVAL g.bevestiging_dagen DAY)",
                    ACKNOWLEDGEABLE),
            ratio(Indicator.K5, JUDGED + " AND k.uitkomst IN ('GEGROND', 'DEELS_GEGROND')", JUDGED),
            ratio(Indicator.K6, COMPLAINT_HANDLED + " AND k.uitkomst = 'INFORMEEL_OPGELOST'", COMPLAINT_HANDLED),
            count(Indicator.K7, "k.ontvangen <= g.peildatum AND (k.afgehandeld IS NULL OR k.afgehandeld > g.peildatum)"
                    + " AND " + ComplaintTerm.LAST_DAY + " < g.peildatum"),
            count(Indicator.K8, COMPLAINT_RECEIVED + " AND k.doorgezonden_zonder_betrokkenheid"),
            count(Indicator.K9, "k.ombudsman_ingediend" + IN_PERIOD),
            count(Indicator.K10, COMPLAINT_HANDLED));

    static final String ADVICE_ISSUED = "a.uitgebracht_op" + IN_PERIOD;
    private static final String ADVICE_DUE = "a.uiterste_datum" + IN_PERIOD;
    private static final String ADVICE_REQUESTED = ADVICE_ISSUED + " AND a.soort = 'GEVRAAGD' AND a.betrokkenheid IS NOT NULL";

    /** A1, A2, A5 and A9 over the advice for the municipality ({@code indicatorrun_adviezen a}). */
    static final List<Rule> ADVICE = List.of(
            count(Indicator.A1, ADVICE_ISSUED),
            ratio(Indicator.A2, ADVICE_DUE + " AND a.reactie_datum <= a.uiterste_datum", ADVICE_DUE),
            ratio(Indicator.A5, ADVICE_REQUESTED + " AND a.betrokkenheid IN ('VROEG', 'CONCEPT')", ADVICE_REQUESTED),
            count(Indicator.A9, "a.uiterste_datum < g.peildatum "
                    + "AND (a.reactie_datum IS NULL OR a.reactie_datum > g.peildatum)"));

    private static final String ANSWERED = "r.reactie_datum" + IN_PERIOD;
    private static final String NOT_ADOPTED = ANSWERED + " AND r.uitkomst IN ('DEELS_OVERGENOMEN', 'NIET_OVERGENOMEN')";
    static final String ANSWER_WITH_OUTCOME = ANSWERED + " AND r.uitkomst IS NOT NULL";

    /** A3 and A4 over the colleges' answers ({@code advies_reacties r}). */
    static final List<Rule> ANSWERS = List.of(
            ratio(Indicator.A3, NOT_ADOPTED + " AND r.gemotiveerd", NOT_ADOPTED),
            ratio(Indicator.A4, ANSWER_WITH_OUTCOME + " AND r.uitkomst = 'OVERGENOMEN'", ANSWER_WITH_OUTCOME));

    /**
     * The client conditions of B1..B3 and C1..C4 for one period, given the SQL for that period's dates and for the
     * client's last personal and last reached contact on or before its peildatum.
     */
    record ClientRules(String active, String longTerm, String started, String inTouch, String notReached,
            String fixedContact, String daysSinceContact) {

        static ClientRules of(String peildatum, String begin, String langdurig, String venster, String lastPersonal,
                String lastReached) {
            String active = "(c.start_uitkering <= " + peildatum + " AND (c.einde_uitkering IS NULL OR c.einde_uitkering > "
                    + peildatum + "))";
            String longTerm = "(" + active + " AND c.start_uitkering <= " + langdurig + ")";
            return new ClientRules(active, longTerm,
                    "(c.start_uitkering BETWEEN " + begin + " AND " + peildatum + ")",
                    "(" + longTerm + " AND " + lastPersonal + " > " + venster + ")",
                    "(" + longTerm + " AND NOT COALESCE(" + lastReached + " > " + venster + ", FALSE))",
                    "(" + longTerm + " AND COALESCE(c.vaste_contactpersoon, FALSE))",
                    "DATEDIFF(" + peildatum + ", GREATEST(c.start_uitkering, COALESCE(" + lastPersonal
                            + ", c.start_uitkering)))");
        }
    }

    private RecordRules() {
    }

    private static Rule count(Indicator indicator, String condition) {
        return new Rule(indicator, condition, null);
    }

    private static Rule ratio(Indicator indicator, String teller, String noemer) {
        return new Rule(indicator, teller, noemer);
    }
}
