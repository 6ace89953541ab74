package nl.participatiemonitor.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesTheFourForms() {
        assertThat(Period.parse("2026-07")).isEqualTo(period(PeriodKind.MONTH, "2026-07-01", "2026-07-31"));
        assertThat(Period.parse("2026-Q3")).isEqualTo(period(PeriodKind.QUARTER, "2026-07-01", "2026-09-30"));
        assertThat(Period.parse("2026-H2")).isEqualTo(period(PeriodKind.HALF_YEAR, "2026-07-01", "2026-12-31"));
        assertThat(Period.parse("2026")).isEqualTo(period(PeriodKind.YEAR, "2026-01-01", "2026-12-31"));
        assertThat(Period.parse("2024-02")).isEqualTo(period(PeriodKind.MONTH, "2024-02-01", "2024-02-29"));
        assertThat(Period.parse("2026-Q1")).isEqualTo(period(PeriodKind.QUARTER, "2026-01-01", "2026-03-31"));
        assertThat(Period.parse("2026-H1")).isEqualTo(period(PeriodKind.HALF_YEAR, "2026-01-01", "2026-06-30"));
    }

    @Test
    void labelIsTheParsedForm() {
        for (String label : List.of("2026-01", "2026-12", "2026-Q1", "2026-Q4", "2026-H1", "2026-H2", "2026")) {
            assertThat(Period.parse(label).label()).isEqualTo(label);
        }
    }

    @Test
    void refusesEverythingElseInDutchAndEnglish() {
        assertThatThrownBy(() -> Period.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Periode '2026-Q5' is onbekend; schrijf 2026, 2026-H2, 2026-Q3 of 2026-07. / "
                        + "Period '2026-Q5' is not understood; write 2026, 2026-H2, 2026-Q3 or 2026-07.");
        for (String label : List.of("2026-H3", "2026-13", "2026-00", "2026-7", "2026-q3", "26", "20261",
                " 2026", "2026-Q3 ", "2026-W30", "2026-Q", "")) {
            assertThatThrownBy(() -> Period.parse(label)).as(label).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Periode '" + label + "' is onbekend");
        }
        assertThatThrownBy(() -> Period.parse(null)).hasMessageStartingWith("Periode 'null' is onbekend");
    }

    @Test
    void peildatumIsTheInclusiveEnd() {
        Period q3 = Period.parse("2026-Q3");

        assertThat(q3.peildatum()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.contains(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(q3.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(q3.contains(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void previousCrossesYears() {
        assertThat(Period.parse("2026-Q1").previous().label()).isEqualTo("2025-Q4");
        assertThat(Period.parse("2026-01").previous().label()).isEqualTo("2025-12");
        assertThat(Period.parse("2026-H1").previous().label()).isEqualTo("2025-H2");
        assertThat(Period.parse("2026").previous().label()).isEqualTo("2025");
        assertThat(Period.parse("2026-03").previous()).isEqualTo(period(PeriodKind.MONTH, "2026-02-01", "2026-02-28"));
    }

    @Test
    void previousPeriodsForATrendChartMostRecentFirst() {
        assertThat(Period.parse("2026-Q3").previous(8)).extracting(Period::label).containsExactly(
                "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3");
        assertThat(Period.parse("2026-02").previous(3)).extracting(Period::label)
                .containsExactly("2026-01", "2025-12", "2025-11");
        assertThat(Period.parse("2026").previous(0)).isEmpty();
        assertThatThrownBy(() -> Period.parse("2026").previous(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastCompleteEndedBeforeToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(Period.lastComplete(PeriodKind.QUARTER, today).label()).isEqualTo("2026-Q3");
        assertThat(Period.lastComplete(PeriodKind.MONTH, today).label()).isEqualTo("2026-10");
        assertThat(Period.lastComplete(PeriodKind.HALF_YEAR, today).label()).isEqualTo("2026-H1");
        assertThat(Period.lastComplete(PeriodKind.YEAR, today).label()).isEqualTo("2025");
        assertThat(Period.lastComplete(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1)).label()).isEqualTo("2026-Q3");
        assertThat(Period.lastComplete(PeriodKind.QUARTER, LocalDate.of(2026, 9, 30)).label()).isEqualTo("2026-Q2");
        assertThat(Period.lastComplete(PeriodKind.YEAR, LocalDate.of(2026, 1, 1)).label()).isEqualTo("2025");
    }

    @Test
    void ofFindsThePeriodContainingADay() {
        LocalDate day = LocalDate.of(2026, 8, 15);

        assertThat(Period.of(PeriodKind.MONTH, day).label()).isEqualTo("2026-08");
        assertThat(Period.of(PeriodKind.QUARTER, day).label()).isEqualTo("2026-Q3");
        assertThat(Period.of(PeriodKind.HALF_YEAR, day).label()).isEqualTo("2026-H2");
        assertThat(Period.of(PeriodKind.YEAR, day).label()).isEqualTo("2026");
    }

    @Test
    void refusesStartAndEndThatDoNotFormAPeriodOfTheKind() {
        assertThatThrownBy(() -> period(PeriodKind.QUARTER, "2026-02-01", "2026-04-30"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-02-01..2026-04-30 is not a QUARTER period");
        assertThatThrownBy(() -> period(PeriodKind.MONTH, "2026-02-01", "2026-02-27"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByStartThenShortestFirst() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2026"), Period.parse("2026-Q1"),
                Period.parse("2025-12"), Period.parse("2026-H1"), Period.parse("2026-01"), Period.parse("2026-Q2")));
        Collections.sort(periods);

        assertThat(periods).extracting(Period::label)
                .containsExactly("2025-12", "2026-01", "2026-Q1", "2026-H1", "2026", "2026-Q2");
        assertThat(Period.parse("2026-Q1").compareTo(Period.parse("2026-Q1"))).isZero();
        assertThat(Period.parse("2025-Q4").compareTo(Period.parse("2026-01"))).isNegative();
    }

    private static Period period(PeriodKind kind, String start, String end) {
        return new Period(kind, LocalDate.parse(start), LocalDate.parse(end));
    }
}
