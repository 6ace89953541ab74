package nl.participatiemonitor.metrics;

/**
 * The Awb 9:11 rules of K3 for other readers of {@code klachten} (the Awb 9:12a jaaroverzicht): SQL fragments over a
 * complaint aliased {@code k}, read by the indicator computation ({@link RecordRules}) too, so the two cannot drift
 * apart.
 */
public final class ComplaintTerm {

    /** The last day of complaint {@code k}'s term: six weeks, ten with an advisory committee, four more if extended. */
    public static final String LAST_DAY = "DATE_ADD(k.ontvangen, INTERVAL IF(k.adviescommissie, 70, 42) "
            + "+ IF(k.verdaagd_op IS NOT NULL, 28, 0) DAY)";

    /** The outcomes, as an SQL list, that end a complaint outside the formal procedure: the term does not apply. */
    public static final String NOT_JUDGED = "('INFORMEEL_OPGELOST', 'INGETROKKEN', 'DOORGEZONDEN', "
            + "'NIET_IN_BEHANDELING')";

    private ComplaintTerm() {
    }
}
