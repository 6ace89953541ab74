package nl.participatiemonitor.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;

/**
 * The look of the raadsrapportage's charts, beyond what the template can set: the numbers axis of a bar chart below
 * the bars, flat bars of a readable width, light grid lines, and trend lines that differ in shape as well as
 * colour (for readers who do not see the colours). Named by {@code customizerClass} in the template.
 */
public final class ChartStyle implements JRChartCustomizer {

    private static final Color GRID = new Color(0xB8, 0xC2, 0xCC);
    private static final double MIN_COUNT_AXIS = 5;

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setAntiAlias(true);
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            // The numbers go below the bars, where a reader looks for them.
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        if (plot.getRangeAxis() instanceof NumberAxis numbers && numbers.getUpperBound() < MIN_COUNT_AXIS) {
            // Counts of 1 to 4 are never drawn: a chart of zeros gets an axis to 5, not one that ends at 0.
            numbers.setRange(0, MIN_COUNT_AXIS);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.09);
            bars.setItemMargin(0.0);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultStroke(new BasicStroke(1.75f));
            lines.setAutoPopulateSeriesStroke(false);
            lines.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            lines.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
            lines.setAutoPopulateSeriesShape(false);
        }
    }
}
