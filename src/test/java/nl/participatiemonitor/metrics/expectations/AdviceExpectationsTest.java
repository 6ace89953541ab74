package nl.participatiemonitor.metrics.expectations;

import nl.participatiemonitor.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;

/**
 * A0..A9 of METRICS.md, computed by hand from the fixture {@code deliveries/metrics/advies}, as a second
 * reading of the spec next to the indicator job's SQL. Default norms: response term 42 days, evaluation
 * every 4 years (R - 4 years = 2022-09-30).
 *
 * <p>P = [2026-07-01, 2026-09-30], R = 2026-09-30. GR-NOORD has members GM0014, GM0034, GM0037.
 *
 * <pre>
 * Coverage (geldig_tot exclusive)           Body facts (row used at R = latest peildatum &lt;= R)
 * AO-GR    GM0014 2020-01-01 -               AO-GR CLIENTENRAAD_GR  2025-06-30: 9 seats, 6 filled, 2 pw, eval 2020-05-01, 3 fac
 * AO-GR    GM0034 2020-01-01 -                                      2026-06-30: 10 seats, 8 filled, 3 pw, eval 2022-09-30, 5 fac  &lt;- at R
 * AO-GR    GM0037 2020-01-01 2026-08-15                             2026-10-15: 10, 10, 5, eval 2026-10-01, 7 fac (after R: ignored)
 * ASD-0014 GM0014 2018-01-01 -               ASD-0014 ADVIESRAAD_SD 2026-01-15: 12 seats, 11 filled, 0 pw, eval 2022-09-29, 2 fac &lt;- at R
 * ASD-0037 GM0037 2021-01-01 -               ASD-0037 ADVIESRAAD_SD 2025-09-01: 7, 6, 2 pw, eval 2024-01-01, 7 fac
 *                                                                   2026-09-30: 7 seats, 5 filled, 0 pw, no eval, 1 fac (others N or empty) &lt;- at R
 *                                                                   2026-10-20: 7, 6, 1 pw, eval 2026-10-10, 7 fac (after R: ignored)
 *
 * advice body     soort      uitgebracht betrokk.   termijn due        for (covered on uitgebracht_op)
 * ADV-01 AO-GR    GEVRAAGD   2026-06-01  VROEG      42      2026-07-13 GM0014, GM0034, GM0037
 * ADV-02 AO-GR    GEVRAAGD   2026-07-15  CONCEPT    30      2026-08-14 GM0014, GM0034, GM0037
 * ADV-03 AO-GR    ONGEVRAAGD 2026-08-19  -          42      2026-09-30 GM0014, GM0034 (GM0037 not covered since 08-15)
 * ADV-04 AO-GR    GEVRAAGD   2026-08-15  LAAT       14      2026-08-29 GM0014, GM0034 (08-15 = geldig_tot: GM0037 not covered)
 * ADV-05 AO-GR    GEVRAAGD   2026-09-10  -          42      2026-10-22 GM0014, GM0034
 * ADV-06 AO-GR    GEVRAAGD   2026-03-01  NA_BESLUIT 42      2026-04-12 GM0014, GM0034, GM0037
 * ADV-07 ASD-0014 ONGEVRAAGD 2026-07-01  VROEG      42      2026-08-12 GM0014
 * ADV-08 ASD-0014 GEVRAAGD   2026-09-30  VROEG      42      2026-11-11 GM0014
 * ADV-09 ASD-0037 GEVRAAGD   2026-09-01  LAAT       20      2026-09-21 GM0037
 *
 * answers  GM0014                          GM0034                             GM0037
 * ADV-01   07-10 OVERGENOMEN gem J         07-20 NIET_OVERGENOMEN gem N        none
 * ADV-02   08-14 DEELS_OVERGENOMEN gem J   08-20 NIET_OVERGENOMEN gem J        08-10 OVERGENOMEN gem J
 * ADV-03   row without reactie_datum       09-30 OVERGENOMEN gem -             -
 * ADV-04   10-05 OVERGENOMEN gem J (>R)    08-28 DEELS_OVERGENOMEN gem J       -
 * ADV-05   09-25 OVERGENOMEN gem J         09-28 without uitkomst             -
 * ADV-06   none                            04-01 OVERGENOMEN gem J             none
 * ADV-07   08-13 NIET_OVERGENOMEN gem J    -                                  -
 * ADV-08   none                            -                                  -
 * ADV-09   -                               -                                  09-21 OVERGENOMEN gem N
 * </pre>
 */
@IntegrationTest
class AdviceExpectationsTest extends HandComputedExpectations {

    @Override
    String fixture() {
        return MetricsFixtures.ADVICE;
    }

    @Override
    String[] municipalities() {
        return new String[] {"GM0014", "GM0034", "GM0037"};
    }

    @Override
    void expectedFigures(Figures f) {
        // ---- GM0014: covered at R by AO-GR and ASD-0014
        // A0: AO-GR is a CLIENTENRAAD_GR covering GM0014 at R (ASD-0014 alone would not do: 0 pw members)
        f.count("GM0014", "A0", "", 1);
        // A1: uitgebracht in P: ADV-02, 03, 04, 05, 07 (07-01), 08 (09-30) = 6 (ADV-01, ADV-06 before P)
        f.count("GM0014", "A1", "", 6);
        f.count("GM0014", "A1", "soort=GEVRAAGD", 4); // ADV-02, 04, 05, 08
        f.count("GM0014", "A1", "soort=ONGEVRAAGD", 2); // ADV-03, 07
        // A2: due in P: ADV-01 (07-13), 02 (08-14), 03 (09-30 = R), 04 (08-29), 07 (08-12) = 5.
        // Answered by the due date: ADV-01 (07-10), ADV-02 (08-14, on the due date) = 2.
        // Not: ADV-03 (row without date), ADV-04 (answered 10-05), ADV-07 (08-13, a day late)
        f.ratio("GM0014", "A2", "", 2, 5);
        // A3: GM0014's answers dated in P that are DEELS_ or NIET_OVERGENOMEN: ADV-02, ADV-07 = 2, both gemotiveerd
        f.ratio("GM0014", "A3", "", 2, 2);
        // A4: GM0014's answers dated in P with an uitkomst: ADV-01, 02, 05, 07 = 4 (ADV-04 answered after R);
        // OVERGENOMEN: ADV-01, ADV-05 = 2
        f.ratio("GM0014", "A4", "", 2, 4);
        f.countOrShare("GM0014", "A4", "uitkomst=OVERGENOMEN", 2, 4);
        f.countOrShare("GM0014", "A4", "uitkomst=DEELS_OVERGENOMEN", 1, 4); // ADV-02
        f.countOrShare("GM0014", "A4", "uitkomst=NIET_OVERGENOMEN", 1, 4); // ADV-07
        // A5: GEVRAAGD, for GM0014, uitgebracht in P, betrokkenheid set: ADV-02 CONCEPT, ADV-04 LAAT, ADV-08 VROEG
        // = 3 (ADV-05 has none; ADV-07 VROEG is ONGEVRAAGD); VROEG or CONCEPT: ADV-02, ADV-08 = 2
        f.ratio("GM0014", "A5", "", 2, 3);
        // A6: facilities of each body at R
        f.count("GM0014", "A6", "orgaan=AO-GR", 5); // row 2026-06-30; the 2026-10-15 row (7) is after R
        f.count("GM0014", "A6", "orgaan=ASD-0014", 2); // contactpersoon, locatie
        // A7: evaluation earlier than R - 4 years = 2022-09-30?
        f.count("GM0014", "A7", "orgaan=AO-GR", 0); // 2022-09-30: not earlier
        f.count("GM0014", "A7", "orgaan=ASD-0014", 1); // 2022-09-29: one day earlier
        // A8: bezette_zetels / zetels and leden_pw_client / bezette_zetels at R
        f.ratio("GM0014", "A8", "orgaan=AO-GR,maat=bezetting", 8, 10);
        f.ratio("GM0014", "A8", "orgaan=AO-GR,maat=pw_client", 3, 8);
        f.ratio("GM0014", "A8", "orgaan=ASD-0014,maat=bezetting", 11, 12);
        f.ratio("GM0014", "A8", "orgaan=ASD-0014,maat=pw_client", 0, 11);
        // A9: due before R, not answered on or before R: ADV-04 (due 08-29, answered 10-05 after R),
        // ADV-06 (due 04-12, no answer) = 2. Not: ADV-03 (due = R, not before), ADV-07 (answered late but
        // answered), ADV-05 and ADV-08 (due after R)
        f.count("GM0014", "A9", "", 2);

        // ---- GM0034: covered by AO-GR only
        f.count("GM0034", "A0", "", 1);
        // A1: ADV-02, 03, 04, 05 = 4
        f.count("GM0034", "A1", "", 4);
        f.count("GM0034", "A1", "soort=GEVRAAGD", 3); // ADV-02, 04, 05
        f.count("GM0034", "A1", "soort=ONGEVRAAGD", 1); // ADV-03
        // A2: due in P: ADV-01, 02, 03, 04 = 4; on time: ADV-03 (09-30 on its due date R), ADV-04 (08-28 <= 08-29)
        // = 2. Late: ADV-01 (07-20 > 07-13), ADV-02 (08-20 > 08-14)
        f.ratio("GM0034", "A2", "", 2, 4);
        // A3: answers in P DEELS_/NIET_OVERGENOMEN: ADV-01 (gem N), ADV-02 (gem J), ADV-04 (gem J) = 2 / 3
        f.ratio("GM0034", "A3", "", 2, 3);
        // A4: answers in P with an uitkomst: ADV-01, 02, 03, 04 = 4 (ADV-05 has none, ADV-06 answered 04-01);
        // OVERGENOMEN: ADV-03 = 1
        f.ratio("GM0034", "A4", "", 1, 4);
        f.countOrShare("GM0034", "A4", "uitkomst=OVERGENOMEN", 1, 4); // ADV-03
        f.countOrShare("GM0034", "A4", "uitkomst=DEELS_OVERGENOMEN", 1, 4); // ADV-04
        f.countOrShare("GM0034", "A4", "uitkomst=NIET_OVERGENOMEN", 2, 4); // ADV-01, ADV-02
        // A5: ADV-02 CONCEPT, ADV-04 LAAT (ADV-05 without betrokkenheid) = 1 / 2
        f.ratio("GM0034", "A5", "", 1, 2);
        f.count("GM0034", "A6", "orgaan=AO-GR", 5);
        f.count("GM0034", "A7", "orgaan=AO-GR", 0);
        f.ratio("GM0034", "A8", "orgaan=AO-GR,maat=bezetting", 8, 10);
        f.ratio("GM0034", "A8", "orgaan=AO-GR,maat=pw_client", 3, 8);
        f.absent("GM0034", "A6", "orgaan=ASD-0014"); // covers GM0014 only
        // A9: every advice due before R was answered by R (ADV-06 on 04-01) = 0
        f.count("GM0034", "A9", "", 0);

        // ---- GM0037: AO-GR covered it until 2026-08-15 (exclusive); ASD-0037 covers it at R
        // A0: at R only ASD-0037, an ADVIESRAAD_SD with leden_pw_client 0 in its row of 2026-09-30 (= R);
        // its earlier row (2) and its row after R (1) do not count = 0
        f.count("GM0037", "A0", "", 0);
        // A1: ADV-02 (07-15, still covered), ADV-09 = 2, both GEVRAAGD; ADV-03 and ADV-04 are not for GM0037
        f.count("GM0037", "A1", "", 2);
        f.count("GM0037", "A1", "soort=GEVRAAGD", 2);
        f.zeroOrAbsent("GM0037", "A1", "soort=ONGEVRAAGD");
        // A2: due in P: ADV-01 (07-13, never answered), ADV-02 (08-10 <= 08-14), ADV-09 (09-21 on its due date)
        // = 2 / 3
        f.ratio("GM0037", "A2", "", 2, 3);
        // A3: no answer of GM0037 in P is DEELS_ or NIET_OVERGENOMEN: noemer 0
        f.ratio("GM0037", "A3", "", 0, 0);
        // A4: ADV-02, ADV-09, both OVERGENOMEN = 2 / 2
        f.ratio("GM0037", "A4", "", 2, 2);
        f.countOrShare("GM0037", "A4", "uitkomst=OVERGENOMEN", 2, 2);
        // A5: ADV-02 CONCEPT, ADV-09 LAAT = 1 / 2
        f.ratio("GM0037", "A5", "", 1, 2);
        // A6..A8 only for ASD-0037, in its row of 2026-09-30
        f.count("GM0037", "A6", "orgaan=ASD-0037", 1); // fac_locatie only; empty facilities are not J
        f.count("GM0037", "A7", "orgaan=ASD-0037", 1); // laatste_evaluatie empty
        f.ratio("GM0037", "A8", "orgaan=ASD-0037,maat=bezetting", 5, 7);
        f.ratio("GM0037", "A8", "orgaan=ASD-0037,maat=pw_client", 0, 5);
        f.absent("GM0037", "A6", "orgaan=AO-GR"); // coverage ended 2026-08-15, before R
        f.absent("GM0037", "A7", "orgaan=AO-GR");
        f.absent("GM0037", "A8", "orgaan=AO-GR,maat=bezetting");
        // A9: ADV-01 (due 07-13) and ADV-06 (due 04-12), both never answered by GM0037 = 2
        f.count("GM0037", "A9", "", 2);
    }

    @Override
    void expectedPublication(Figures f, Signals signals, SoftAssertions softly) {
        // A9 GM0014 = 2: <5
        f.shownAsLessThanFive("GM0014", "A9", "");
        // A1 GM0014 = 6: shown
        f.shownAsCount("GM0014", "A1", "", 6);
        // A9 GM0034 = 0: 0
        f.shownAsCount("GM0034", "A9", "", 0);
        // A2 GM0034 = 2 / 4: noemer 4 below 10
        f.suppressedRatio("GM0034", "A2", "");

        // S1: no cliëntenraad (A0 = 0): GM0037 only
        softly.assertThat(signals.raised("GM0037", "S1")).as("S1 for GM0037 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0014", "S1")).as("no S1 for GM0014 in%n%s", signals).isFalse();
        // S4: A9 above 0: GM0014 (2), GM0037 (2), not GM0034 (0)
        softly.assertThat(signals.raised("GM0014", "S4")).as("S4 for GM0014 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0037", "S4")).as("S4 for GM0037 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0034", "S4")).as("no S4 for GM0034 in%n%s", signals).isFalse();
        // S5: A3 below 100%: GM0034 (2/3), not GM0014 (2/2)
        softly.assertThat(signals.raised("GM0034", "S5")).as("S5 for GM0034 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0014", "S5")).as("no S5 for GM0014 in%n%s", signals).isFalse();
        // S7: A7 = 1: GM0014 (ASD-0014), GM0037 (ASD-0037); not GM0034 (AO-GR evaluated on R - 4 years)
        softly.assertThat(signals.raised("GM0014", "S7")).as("S7 for GM0014 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0037", "S7")).as("S7 for GM0037 in%n%s", signals).isTrue();
        softly.assertThat(signals.raised("GM0034", "S7")).as("no S7 for GM0034 in%n%s", signals).isFalse();
    }
}
