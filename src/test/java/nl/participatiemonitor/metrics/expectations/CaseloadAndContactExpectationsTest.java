package nl.participatiemonitor.metrics.expectations;

import nl.participatiemonitor.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;

/**
 * B1..B3 and C1..C7 of METRICS.md, computed by hand from the fixture {@code deliveries/metrics/contact},
 * as a second reading of the spec next to the indicator job's SQL. Default norms: langdurig 12 months,
 * contact window 12 months.
 *
 * <p>P = 2026-Q3 = [2026-07-01, 2026-09-30], R = 2026-09-30, R - 12 months = 2025-09-30, so long-term
 * means start_uitkering &lt;= 2025-09-30 and W = (2025-09-30, 2026-09-30]. "Personal" = kanaal in
 * {KANTOOR, HUISBEZOEK, WIJKLOCATIE, TELEFOON, VIDEO}, bereikt J, doel not HANDHAVING.
 *
 * <pre>
 * GM0014
 * client start       einde      vaste active@R long-term contacts (datum kanaal doel bereikt)
 * C-01   2025-09-30  -          J     yes      yes (=R-12m) CT-01 2026-08-10 KANTOOR ONDERSTEUNING J
 * C-02   2025-10-01  -          N     yes      no (+1 day)  CT-02 2025-10-02 KANTOOR INTAKE J; CT-03 2026-09-15 BRIEF HANDHAVING J
 * C-03   2019-03-01  -          N     yes      yes          CT-04 2025-09-30 KANTOOR ONDERSTEUNING J (= R-12m: outside W);
 *                                                           CT-05 2026-07-15 EMAIL INKOMEN (bereikt empty = J)
 * C-04   2020-01-01  -          J     yes      yes          CT-06 2025-10-01 TELEFOON ONDERSTEUNING J (first day of W)
 * C-05   2021-05-01  -          -     yes      yes          CT-07 2026-08-20 HUISBEZOEK HANDHAVING J
 * C-06   2022-02-01  -          N     yes      yes          CT-08 2026-09-01 TELEFOON ONDERSTEUNING N (not reached)
 * C-07   2023-06-15  2026-09-30 J     no (einde = R, exclusive)   CT-09 2026-07-20 KANTOOR ONDERSTEUNING J
 * C-08   2024-03-01  -          J     yes      yes          CT-10 2026-08-05 TELEFOON HANDHAVING N
 * C-09   2026-08-01  -          N     yes      no           CT-11 2026-08-03 KANTOOR INTAKE J
 * C-10   2026-07-01  2026-09-15 N     no       no           CT-12 2026-07-02 BERICHT INKOMEN J
 * C-11   2026-06-30  -          N     yes      no           CT-13 2026-06-30 TELEFOON INKOMEN J (day before P); CT-14 2026-07-01 VIDEO INKOMEN J
 * C-12   2025-01-01  -          J     yes      yes          CT-15 2026-09-10 GROEP ONDERSTEUNING J; CT-16 2026-09-30 WIJKLOCATIE ONDERSTEUNING J
 * C-13   2024-11-01  -          J     yes      yes          CT-17 2025-12-02 KANTOOR ONDERSTEUNING J; CT-18 2026-10-05 KANTOOR (after R)
 * C-14   2026-09-30  -          -     yes (starts on R)  no (none)
 *
 * GM0034 (nobody long-term: every ratio over B2 has noemer 0)
 * D-01   2026-01-10  -          J     yes      no           CT-19 2026-07-05 TELEFOON ONDERSTEUNING J
 * D-02   2025-11-20  -          N     yes      no           CT-20 2025-11-21 KANTOOR INTAKE J; CT-21 2026-08-01 EMAIL INKOMEN J
 * D-03   2026-09-02  -          -     yes      no           CT-22 2026-08-25 KANTOOR INTAKE J (before its start_uitkering)
 * D-04   2024-05-01  2025-12-31 J     no       no           CT-23 2025-06-01 KANTOOR ONDERSTEUNING J
 * D-05   2025-10-15  -          N     yes      no           CT-24 2026-09-19 KANTOOR ONDERSTEUNING J
 * </pre>
 */
@IntegrationTest
class CaseloadAndContactExpectationsTest extends HandComputedExpectations {

    @Override
    String fixture() {
        return MetricsFixtures.CONTACT;
    }

    @Override
    String[] municipalities() {
        return new String[] {"GM0014", "GM0034"};
    }

    @Override
    void expectedFigures(Figures f) {
        // ---- GM0014
        // B1: active at R = all but C-07 (einde 2026-09-30 = R, exclusive) and C-10 (einde 2026-09-15);
        // C-14 (start = R) counts: 14 - 2 = 12
        f.count("GM0014", "B1", "", 12);
        // B2: active and start <= 2025-09-30: C-01 (exactly R-12m), C-03, C-04, C-05, C-06, C-08, C-12, C-13 = 8;
        // C-02 started 2025-10-01, one day late: not long-term
        f.count("GM0014", "B2", "", 8);
        // B3: start in P: C-09 (08-01), C-10 (07-01, ended since: still instroom), C-14 (09-30) = 3;
        // C-11 started 2026-06-30, the day before P
        f.count("GM0014", "B3", "", 3);
        // C1: long-term with a personal contact in W: C-01 (KANTOOR 08-10), C-04 (TELEFOON 2025-10-01, first
        // day of W), C-12 (WIJKLOCATIE on R), C-13 (KANTOOR 2025-12-02) = 4 / B2 8.
        // Not: C-03 (KANTOOR on 2025-09-30 is outside W, EMAIL is not personal), C-05 (HANDHAVING),
        // C-06 (not reached), C-08 (no reached contact)
        f.ratio("GM0014", "C1", "", 4, 8);
        // C2: long-term without any reached contact in W: C-06 (only bereikt N), C-08 (only bereikt N) = 2 / 8.
        // C-03 has EMAIL and C-05 HANDHAVING in W: any kanaal and doel counts here
        f.ratio("GM0014", "C2", "", 2, 8);
        // C3: days from max(start, last personal contact <= R) to R for the 12 active clients:
        // C-12 0 (WIJKLOCATIE on R), C-14 0 (start on R), C-01 51 (08-10), C-09 58 (08-03), C-11 91 (07-01),
        // C-13 302 (2025-12-02; 2026-10-05 is after R), C-02 363 (2025-10-02; BRIEF HANDHAVING not personal),
        // C-04 364 (2025-10-01), C-03 365 (2025-09-30: C3 has no window), C-08 943 (start 2024-03-01),
        // C-06 1702 (start 2022-02-01), C-05 1978 (start 2021-05-01).
        // Even count 12: mean of 6th and 7th = (302 + 363) / 2 = 332.5
        f.decimal("GM0014", "C3", "", "332.5");
        // C4: long-term with vaste_contactpersoon J: C-01, C-04, C-08, C-12, C-13 = 5 / 8 (C-05 empty is not J)
        f.ratio("GM0014", "C4", "", 5, 8);
        // C5: contacts bereikt J with datum in P of clients of GM0014 (active or not):
        // CT-01, CT-03, CT-05, CT-07, CT-09 (C-07, ended on R), CT-11, CT-12 (C-10, ended 09-15), CT-14, CT-15,
        // CT-16 = 10 / B1 12. Not: CT-08, CT-10 (not reached), CT-13 (06-30), CT-18 (after R)
        f.ratio("GM0014", "C5", "", 10, 12);
        // C6: of those 10, doel HANDHAVING: CT-03, CT-07 = 2 / 10 (CT-10 HANDHAVING was not reached)
        f.ratio("GM0014", "C6", "", 2, 10);
        // C7: the same 10 per kanaal
        f.count("GM0014", "C7", "kanaal=KANTOOR", 3); // CT-01, CT-09, CT-11
        f.count("GM0014", "C7", "kanaal=BRIEF", 1); // CT-03
        f.count("GM0014", "C7", "kanaal=EMAIL", 1); // CT-05
        f.count("GM0014", "C7", "kanaal=HUISBEZOEK", 1); // CT-07
        f.count("GM0014", "C7", "kanaal=BERICHT", 1); // CT-12
        f.count("GM0014", "C7", "kanaal=VIDEO", 1); // CT-14
        f.count("GM0014", "C7", "kanaal=GROEP", 1); // CT-15
        f.count("GM0014", "C7", "kanaal=WIJKLOCATIE", 1); // CT-16
        // TELEFOON: CT-08 and CT-10 not reached, CT-13 on 06-30 before P
        f.zeroOrAbsent("GM0014", "C7", "kanaal=TELEFOON");

        // ---- GM0034
        // B1: D-01, D-02, D-03, D-05 = 4 (D-04 ended 2025-12-31)
        f.count("GM0034", "B1", "", 4);
        // B2: nobody started on or before 2025-09-30 and is still active (D-04 ended) = 0
        f.count("GM0034", "B2", "", 0);
        // B3: D-03 (2026-09-02) = 1
        f.count("GM0034", "B3", "", 1);
        // C1, C2, C4: noemer B2 = 0: no value, teller 0, noemer 0
        f.ratio("GM0034", "C1", "", 0, 0);
        f.ratio("GM0034", "C2", "", 0, 0);
        f.ratio("GM0034", "C4", "", 0, 0);
        // C3: D-05 11 (09-19), D-03 28 (start 09-02 is later than its contact 08-25), D-01 87 (07-05),
        // D-02 313 (2025-11-21; EMAIL not personal). Even count 4: (28 + 87) / 2 = 57.5
        f.decimal("GM0034", "C3", "", "57.5");
        // C5: CT-19, CT-21, CT-22 (08-25, before D-03's start, still a contact in P), CT-24 = 4 / B1 4
        f.ratio("GM0034", "C5", "", 4, 4);
        // C6: none of the 4 is HANDHAVING: 0 / 4 (a value 0, not empty)
        f.ratio("GM0034", "C6", "", 0, 4);
        // C7 per kanaal
        f.count("GM0034", "C7", "kanaal=KANTOOR", 2); // CT-22, CT-24
        f.count("GM0034", "C7", "kanaal=TELEFOON", 1); // CT-19
        f.count("GM0034", "C7", "kanaal=EMAIL", 1); // CT-21
        f.zeroOrAbsent("GM0034", "C7", "kanaal=HUISBEZOEK");
    }

    @Override
    void expectedPublication(Figures f, Signals signals, SoftAssertions softly) {
        // B3 GM0014 = 3: a count from 1 to 4 is shown as <5
        f.shownAsLessThanFive("GM0014", "B3", "");
        // B3 GM0034 = 1
        f.shownAsLessThanFive("GM0034", "B3", "");
        // B1 GM0014 = 12: shown
        f.shownAsCount("GM0014", "B1", "", 12);
        // B2 GM0034 = 0: 0 is shown as 0
        f.shownAsCount("GM0034", "B2", "", 0);
        // C5 GM0034 = 4 / 4: noemer below 10
        f.suppressedRatio("GM0034", "C5", "");
        // C1 GM0014 = 4 / 8: noemer below 10
        f.suppressedRatio("GM0014", "C1", "");
        // C5 GM0014 = 10 / 12: noemer not below 10 (and teller not a small count): shown as in indicatoren.csv
        f.ratio("GM0014", "C5", "", 10, 12);
        // C3 GM0034 is a median over 4 clients: below 10
        f.suppressedValue("GM0034", "C3", "");
        // C3 GM0014 is a median over 12 clients: shown
        f.decimal("GM0014", "C3", "", "332.5");

        // S6: C1 below 75%: GM0014 C1 = 0.5
        softly.assertThat(signals.raised("GM0014", "S6")).as("S6 for GM0014 in%n%s", signals).isTrue();
    }
}
