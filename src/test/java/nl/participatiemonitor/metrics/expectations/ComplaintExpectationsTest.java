package nl.participatiemonitor.metrics.expectations;

import nl.participatiemonitor.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;

/**
 * K1..K10 of METRICS.md, computed by hand from the fixture {@code deliveries/metrics/klachten}, as a
 * second reading of the spec next to the indicator job's SQL. Default norms: acknowledgement 7 days.
 *
 * <p>P = [2026-07-01, 2026-09-30], R = 2026-09-30. Term T = ontvangen + 42 (+ 70 instead with
 * adviescommissie J), + 28 when verdaagd_op is set; on time: afgehandeld &lt;= T. Written = schriftelijk J.
 * Organisation = gedragende_organisatie (empty = GEMEENTE). UITV = UITV-NOORD, GR = GR-NOORD.
 *
 * <pre>
 * GM0014 (clients: KC-01..KC-07 active at R, KC-08 einde = R: B1 = 7)
 * id   ontvangen  schr onderwerp        org      bevestigd  cie verdaagd   T          afgehandeld uitkomst            other
 * K-01 2026-07-01 J    BEJEGENING       GEMEENTE 2026-07-08 N   -          2026-08-12 2026-08-12  GEGROND             on T exactly
 * K-02 2026-07-02 J    BEREIKBAARHEID   UITV     2026-07-10 N   -          2026-08-13 2026-08-14  ONGEGROND           a day late; ombudsman 2026-09-01
 * K-03 2026-06-10 J    BEJEGENING       GEMEENTE 2026-06-12 J   -          2026-08-19 2026-08-19  DEELS_GEGROND       committee; ombudsman 2026-10-01
 * K-04 2026-06-20 J    INFORMATIE       UITV     2026-06-22 N   2026-07-20 2026-08-29 2026-08-25  GEGROND             extension
 * K-05 2026-05-01 J    BETALING         GEMEENTE 2026-05-04 J   2026-06-15 2026-08-07 2026-08-08  ONGEGROND           committee + extension, a day late; ombudsman 2026-06-30
 * K-06 2026-07-03 N    BEREIKBAARHEID   GEMEENTE -          N   -          2026-08-14 2026-07-10  INFORMEEL_OPGELOST
 * K-07 2026-07-05 J    HANDHAVING       UITV     -          N   -          2026-08-16 2026-09-01  INGETROKKEN
 * K-08 2026-07-06 J    BEGELEIDING_WERK UITV     2026-07-07 N   -          2026-08-17 2026-07-08  DOORGEZONDEN        doorgezonden_zonder_betrokkenheid J
 * K-09 2026-09-10 J    VERGOEDINGEN     GEMEENTE 2026-09-12 N   -          2026-10-22 2026-09-20  NIET_IN_BEHANDELING
 * K-10 2026-08-01 N    BEJEGENING       GR       -          N   -          2026-09-12 2026-09-30  GEEN_OORDEEL        late, handled on R
 * K-11 2026-05-10 J    OVERIG           GEMEENTE 2026-05-11 N   -          2026-06-21 2026-06-25  GEGROND             handled before P
 * K-12 2026-08-03 J    BEJEGENING       GR       2026-08-05 N   -          2026-09-14 2026-10-10  GEGROND             handled after R
 * K-13 2026-08-19 J    INFORMATIE       GR       2026-08-20 N   -          2026-09-30 open                            T = R
 * K-14 2026-08-18 N    BETALING         GEMEENTE -          N   -          2026-09-29 open                            T = R - 1
 * K-15 2026-07-25 J    BEJEGENING       GR       2026-07-28 J   -          2026-10-03 open                            committee
 * K-16 2026-08-04 J    HANDHAVING       UITV     2026-08-06 N   2026-09-05 2026-10-13 open                            extension; doorgezonden_zonder_betrokkenheid J
 * K-17 2026-03-01 J    OVERIG           GEMEENTE 2026-03-02 N   -          2026-04-12 open                            received long before P
 * K-18 2026-10-02 J    BEJEGENING       GEMEENTE -          N   -          2026-11-13 open                            received after R
 * K-19 2026-09-25 J    BETALING         GEMEENTE -          N   -          2026-11-06 open                            ack due 10-02 > R
 * K-20 2026-09-26 J    INFORMATIE       GEMEENTE 2026-09-29 N   -          2026-11-07 open
 * K-21 2026-06-01 J    HANDHAVING       UITV     2026-06-03 N   -          2026-07-13 2026-07-02  DOORGEZONDEN        doorgezonden_zonder_betrokkenheid J, received before P
 * K-22 2026-09-23 J    BEGELEIDING_WERK UITV     -          N   -          2026-11-04 open                            ack due 09-30 = R
 *
 * GM0034 (clients KL-01..KL-03 active: B1 = 3)
 * L-01 2026-07-10 J    BEJEGENING       GEMEENTE 2026-07-11 N   -          2026-08-21 2026-08-01  INFORMEEL_OPGELOST
 * L-02 2026-08-10 J    OVERIG           UITV     2026-08-12 N   -          2026-09-21 2026-09-21  GEEN_OORDEEL        on T exactly
 * L-03 2026-04-01 J    BETALING         GEMEENTE 2026-04-03 N   -          2026-05-13 2026-05-10  GEGROND             ombudsman 2026-07-15
 *
 * GM0037 (no clients: B1 = 0)
 * M-01 2026-09-01 N    BETALING         GEMEENTE -          N   -          2026-10-13 open
 * </pre>
 */
@IntegrationTest
class ComplaintExpectationsTest extends HandComputedExpectations {

    @Override
    String fixture() {
        return MetricsFixtures.COMPLAINTS;
    }

    @Override
    String[] municipalities() {
        return new String[] {"GM0014", "GM0034", "GM0037"};
    }

    @Override
    void expectedFigures(Figures f) {
        // ---- GM0014
        // B1 (the noemer of K2): KC-01..KC-07; KC-08 ended on R (exclusive) = 7
        f.count("GM0014", "B1", "", 7);
        // K1: ontvangen in P: K-01, 02, 06, 07, 08, 09, 10, 12, 13, 14, 15, 16, 19, 20, 22 = 15.
        // Not: K-03, 04, 05, 11, 17, 21 (before P), K-18 (after R)
        f.count("GM0014", "K1", "", 15);
        f.count("GM0014", "K1", "onderwerp=BEJEGENING", 4); // K-01, K-10, K-12, K-15
        f.count("GM0014", "K1", "onderwerp=BEREIKBAARHEID", 2); // K-02, K-06
        f.count("GM0014", "K1", "onderwerp=HANDHAVING", 2); // K-07, K-16
        f.count("GM0014", "K1", "onderwerp=BEGELEIDING_WERK", 2); // K-08, K-22
        f.count("GM0014", "K1", "onderwerp=INFORMATIE", 2); // K-13, K-20
        f.count("GM0014", "K1", "onderwerp=BETALING", 2); // K-14, K-19
        f.count("GM0014", "K1", "onderwerp=VERGOEDINGEN", 1); // K-09
        f.zeroOrAbsent("GM0014", "K1", "onderwerp=OVERIG"); // K-11, K-17 received before P
        f.zeroOrAbsent("GM0014", "K1", "onderwerp=KLACHTBEHANDELING");
        f.count("GM0014", "K1", "organisatie=GEMEENTE", 6); // empty: K-01, K-06, K-09, K-14, K-19, K-20
        f.count("GM0014", "K1", "organisatie=UITV-NOORD", 5); // K-02, K-07, K-08, K-16, K-22
        f.count("GM0014", "K1", "organisatie=GR-NOORD", 4); // K-10, K-12, K-13, K-15
        // K2: 15 x 1000 / 7 = 2142.857... -> 2142.9
        f.decimal("GM0014", "K2", "", "2142.9");
        // K3: handled in P: K-01..K-10, K-21 (11); without INFORMEEL_OPGELOST (K-06), INGETROKKEN (K-07),
        // DOORGEZONDEN (K-08, K-21), NIET_IN_BEHANDELING (K-09): K-01, 02, 03, 04, 05, 10 = 6 (GEEN_OORDEEL stays).
        // On time: K-01 (08-12 = T), K-03 (08-19 = T, committee 70 days), K-04 (08-25 <= T 08-29, extension)
        // = 3. Late: K-02 (T 08-13), K-05 (T 05-01 + 98 = 08-07), K-10 (T 09-12)
        f.ratio("GM0014", "K3", "", 3, 6);
        // K4: written, ontvangen in P, and (ontvangen + 7 <= R or acknowledged): K-01, 02, 07, 08, 09, 12, 13,
        // 15, 16, 20, 22 = 11. Not: K-06, K-10, K-14 (oral); K-19 (09-25 + 7 = 10-02 > R, not acknowledged).
        // K-22: 09-23 + 7 = 09-30 = R, not acknowledged: in the noemer.
        // Acknowledged by ontvangen + 7: K-01 (07-08 exactly), 08, 09, 12, 13, 15, 16, 20 = 8.
        // Not: K-02 (07-10, a day late), K-07 and K-22 (none)
        f.ratio("GM0014", "K4", "", 8, 11);
        // K5: handled in P with GEGROND, DEELS_GEGROND or ONGEGROND: K-01, 02, 03, 04, 05 = 5;
        // GEGROND or DEELS_GEGROND: K-01, K-03, K-04 = 3
        f.ratio("GM0014", "K5", "", 3, 5);
        // K6: INFORMEEL_OPGELOST (K-06) among the 11 handled in P
        f.ratio("GM0014", "K6", "", 1, 11);
        // K7: ontvangen <= R, not handled on or before R, T < R: K-12 (handled 10-10, T 09-14),
        // K-14 (T 09-29), K-17 (T 04-12) = 3. Not: K-13 (T = R), K-15 (T 10-03), K-16 (T 10-13),
        // K-19, K-20, K-22 (T in November), K-18 (received after R)
        f.count("GM0014", "K7", "", 3);
        // K8: ontvangen in P and doorgezonden_zonder_betrokkenheid J: K-08, K-16 = 2 (K-21 received before P)
        f.count("GM0014", "K8", "", 2);
        // K9: ombudsman_ingediend in P: K-02 (09-01) = 1. Not: K-05 (06-30), K-03 (10-01)
        f.count("GM0014", "K9", "", 1);
        // K10: the 11 handled in P per uitkomst
        f.count("GM0014", "K10", "uitkomst=GEGROND", 2); // K-01, K-04 (K-11 before P, K-12 after R)
        f.count("GM0014", "K10", "uitkomst=ONGEGROND", 2); // K-02, K-05
        f.count("GM0014", "K10", "uitkomst=DEELS_GEGROND", 1); // K-03
        f.count("GM0014", "K10", "uitkomst=INFORMEEL_OPGELOST", 1); // K-06
        f.count("GM0014", "K10", "uitkomst=INGETROKKEN", 1); // K-07
        f.count("GM0014", "K10", "uitkomst=DOORGEZONDEN", 2); // K-08, K-21
        f.count("GM0014", "K10", "uitkomst=NIET_IN_BEHANDELING", 1); // K-09
        f.count("GM0014", "K10", "uitkomst=GEEN_OORDEEL", 1); // K-10

        // ---- GM0034
        f.count("GM0034", "B1", "", 3);
        // K1: L-01, L-02 = 2 (L-03 received 04-01)
        f.count("GM0034", "K1", "", 2);
        f.count("GM0034", "K1", "onderwerp=BEJEGENING", 1); // L-01
        f.count("GM0034", "K1", "onderwerp=OVERIG", 1); // L-02
        f.zeroOrAbsent("GM0034", "K1", "onderwerp=BETALING"); // L-03 received before P
        f.count("GM0034", "K1", "organisatie=GEMEENTE", 1); // L-01
        f.count("GM0034", "K1", "organisatie=UITV-NOORD", 1); // L-02
        // K2: 2 x 1000 / 3 = 666.666... -> 666.7
        f.decimal("GM0034", "K2", "", "666.7");
        // K3: handled in P: L-01 (INFORMEEL_OPGELOST, excluded), L-02 (GEEN_OORDEEL, 09-21 = T) = 1 / 1
        f.ratio("GM0034", "K3", "", 1, 1);
        // K4: L-01 (07-11 <= 07-17), L-02 (08-12 <= 08-17) = 2 / 2
        f.ratio("GM0034", "K4", "", 2, 2);
        // K5: no GEGROND/DEELS_GEGROND/ONGEGROND handled in P (L-03 handled 05-10): noemer 0
        f.ratio("GM0034", "K5", "", 0, 0);
        // K6: L-01 of L-01, L-02 = 1 / 2
        f.ratio("GM0034", "K6", "", 1, 2);
        // K7: every complaint handled by R = 0
        f.count("GM0034", "K7", "", 0);
        f.count("GM0034", "K8", "", 0);
        // K9: L-03 went to the ombudsman on 07-15 (in P) although it was received before P = 1
        f.count("GM0034", "K9", "", 1);
        f.count("GM0034", "K10", "uitkomst=INFORMEEL_OPGELOST", 1); // L-01
        f.count("GM0034", "K10", "uitkomst=GEEN_OORDEEL", 1); // L-02
        f.zeroOrAbsent("GM0034", "K10", "uitkomst=GEGROND"); // L-03 handled before P

        // ---- GM0037: one oral complaint, still open, and no clients
        f.count("GM0037", "B1", "", 0);
        f.count("GM0037", "K1", "", 1); // M-01
        // K2: B1 = 0, so no value
        f.noValue("GM0037", "K2", "");
        f.ratio("GM0037", "K3", "", 0, 0); // nothing handled
        f.ratio("GM0037", "K4", "", 0, 0); // M-01 is oral
        f.ratio("GM0037", "K5", "", 0, 0);
        f.ratio("GM0037", "K6", "", 0, 0);
        f.count("GM0037", "K7", "", 0); // T = 09-01 + 42 = 10-13, not before R
    }

    @Override
    void expectedPublication(Figures f, Signals signals, SoftAssertions softly) {
        // K7 GM0014 = 3: <5
        f.shownAsLessThanFive("GM0014", "K7", "");
        // K1 GM0014 = 15: shown
        f.shownAsCount("GM0014", "K1", "", 15);
        // K7 GM0034 = 0: 0 stays 0
        f.shownAsCount("GM0034", "K7", "", 0);
        // K3 GM0014 = 3 / 6: noemer below 10
        f.suppressedRatio("GM0014", "K3", "");
        // K2 GM0034 = 2 x 1000 / 3 = 666.7: a rate over B1 = 3, below min_noemer: '.' (not '<5', which would read
        // as "fewer than 5 per 1,000")
        f.suppressedValue("GM0034", "K2", "");
        // K2 GM0037: B1 = 0, so there is no value; but its teller is K1 = 1 (M-01), shown as <5 in K1's row: the
        // teller column would give it away, so K2 is hidden ('.') with it (secondary suppression across figures)
        f.suppressedValue("GM0037", "K2", "");
        // K4 GM0014 = 8 / 11: noemer 11 and teller 8 are not small: shown
        f.ratio("GM0014", "K4", "", 8, 11);
        // K1 per organisatie, total 15 shown: GR-NOORD 4 is the only primary suppression, so the smallest
        // other non-zero cell, UITV-NOORD 5, is suppressed too; GEMEENTE 6 stays
        f.shownAsLessThanFive("GM0014", "K1", "organisatie=GR-NOORD");
        f.suppressedCell("GM0014", "K1", "organisatie=UITV-NOORD");
        f.shownAsCount("GM0014", "K1", "organisatie=GEMEENTE", 6);

        // S2: K3 below 90% (GM0014 0.5; GM0034 1.0 is not)
        softly.assertThat(signals.raised("GM0014", "S2")).as("S2 for GM0014 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0034", "S2")).as("no S2 for GM0034 in%n%s", signals).isFalse();
        // S3: K8 above 0 (GM0014 2; GM0034 0)
        softly.assertThat(signals.raised("GM0014", "S3")).as("S3 for GM0014 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0034", "S3")).as("no S3 for GM0034 in%n%s", signals).isFalse();
        // S8: K7 above 0 (GM0014 3; GM0034 0)
        softly.assertThat(signals.raised("GM0014", "S8")).as("S8 for GM0014 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0034", "S8")).as("no S8 for GM0034 in%n%s", signals).isFalse();
    }
}
