package nl.participatiemonitor.report.excel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import nl.participatiemonitor.metrics.Indicator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one workbook, each created once: a workbook holds at most 64,000 of them. */
final class WorkbookStyles {

    private final CellStyle header;
    private final CellStyle wrapped;
    private final CellStyle marker;
    private final CellStyle date;
    private final CellStyle integer;
    private final Map<FigureScale, CellStyle> forPeople = new EnumMap<>(FigureScale.class);
    private final Map<FigureScale, CellStyle> forData = new EnumMap<>(FigureScale.class);

    WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        marker = workbook.createCellStyle();
        marker.setAlignment(HorizontalAlignment.RIGHT);
        marker.setVerticalAlignment(VerticalAlignment.TOP);
        date = numberStyle(workbook, formats, "dd-mm-yyyy");
        integer = numberStyle(workbook, formats, "0");
        for (FigureScale scale : FigureScale.values()) {
            forPeople.put(scale, numberStyle(workbook, formats, scale.forPeople()));
            forData.put(scale, numberStyle(workbook, formats, scale.forData()));
        }
    }

    private static CellStyle numberStyle(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    CellStyle header() {
        return header;
    }

    /** Long text (definitions, signals) that wraps within its column. */
    CellStyle wrapped() {
        return wrapped;
    }

    /** The text in place of a number ({@code <5}, {@code .}, {@code -}): aligned like the numbers around it. */
    CellStyle marker() {
        return marker;
    }

    CellStyle date() {
        return date;
    }

    /** Teller, noemer and revision numbers. */
    CellStyle integer() {
        return integer;
    }

    CellStyle forPeople(Indicator indicator, String dimension) {
        return forPeople.get(FigureScale.of(indicator, dimension));
    }

    /** A group median: like the indicator, but a median of counts can fall between two whole numbers. */
    CellStyle forMedian(Indicator indicator, BigDecimal median) {
        FigureScale scale = FigureScale.of(indicator, "");
        boolean whole = median.stripTrailingZeros().scale() <= 0;
        return forPeople.get(scale == FigureScale.COUNT && !whole ? FigureScale.ONE_DECIMAL : scale);
    }

    CellStyle forData(Indicator indicator, String dimension) {
        return forData.get(FigureScale.of(indicator, dimension));
    }
}
