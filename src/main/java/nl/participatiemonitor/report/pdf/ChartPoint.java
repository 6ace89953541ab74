package nl.participatiemonitor.report.pdf;

import java.util.Objects;

/**
 * One cell of a breakdown (per onderwerp, per kanaal, per uitkomst, per organisatie) as a table row and, when it
 * has a number the raad may see, as a point of a chart.
 *
 * @param code    the breakdown cell as METRICS.md writes it, for example {@code onderwerp=BEJEGENING}; the report
 *                texts name it ({@code onderwerp.BEJEGENING} in raadsrapportage.properties) unless {@code name} does
 * @param name    a name from the data (an organisation's), or empty to let the report texts name the code
 * @param shown   what the raad may read: the number, or a marker such as {@code <5}, {@code .} or {@code -}
 * @param plotted the number a chart draws, or {@code null} when the value is suppressed or has no value: such a
 *                cell is left out of the chart and only its marker is shown in the table
 */
public record ChartPoint(String code, String name, String shown, Double plotted) {

    public ChartPoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shown, "shown");
    }

    /** Whether a chart draws this cell. */
    public boolean isPlotted() {
        return plotted != null;
    }
}
