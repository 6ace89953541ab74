package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.DossierTexts.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.RecordTrail;
import nl.participatiemonitor.system.DutchTime;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The reviewer dossier of one municipality and period as a workbook: {@code Toelichting} (marked VERTROUWELIJK),
 * {@code Records} streamed row by row (continued on {@code Records 2} and so on past Excel's row limit), and
 * {@code Indicatoren} with every figure unsuppressed beside the number of records the dossier lists for it. Use one
 * instance per workbook: add the records, then {@link #write}; {@link #close} removes the temporary files.
 */
public final class DossierWorkbook implements Closeable {

    /** One figure of the run with the records the dossier counted for it. */
    public record FigureRow(Indicator indicator, String dimension, BigDecimal value, Long teller, Long noemer,
            long recordsTeller, long recordsNoemer) {
    }

    private static final int MAX_ROWS = 1_048_576;
    private static final int RECORD_COLUMNS = 10;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final WorkbookStyles styles = new WorkbookStyles(workbook);
    private final String municipalityName;
    private final String period;
    private final LocalDate dataDate;
    private SheetWriter records;
    private int recordSheets;

    public DossierWorkbook(String municipality, String municipalityName, String period, String status, int revision,
            LocalDate dataDate) {
        this.municipalityName = municipalityName;
        this.period = period;
        this.dataDate = dataDate;
        SheetWriter explanation = new SheetWriter(workbook, text("sheet.explanation"), styles, 26, 110);
        explanation.row().text(text("marking"), styles.header()).text(text("marking.text"), styles.wrapped());
        explanation.skipRow();
        explanation.row().text(text("municipality"), styles.header()).text(municipality + " " + municipalityName);
        explanation.row().text(text("period"), styles.header()).text(period);
        explanation.row().text(text("status"), styles.header()).text(status);
        explanation.row().text(text("revision"), styles.header()).number(revision, styles.integer());
        explanation.row().text(text("dataDate"), styles.header()).date(dataDate);
        explanation.skipRow();
        explanation.row().text(text("howTo"), styles.header()).text(text("howTo.text"), styles.wrapped());
        explanation.row().empty().text(text("pseudonyms"), styles.wrapped());
        newRecordSheet();
    }

    /** Adds one record row; rows arrive in the dossier's order. */
    public void add(RecordTrail.Row row) {
        if (records.nextRow() == MAX_ROWS) {
            records.filter(0, RECORD_COLUMNS);
            newRecordSheet();
        }
        RowWriter cells = records.row().text(row.indicator().code()).text(row.dimension()).text(row.role().label())
                .text(row.entity()).text(SafeText.of(row.key() == null ? "" : row.key()))
                .text(row.client() == null ? "" : row.client());
        if (row.value() == null) {
            cells.empty();
        } else {
            cells.number(row.value(), styles.integer());
        }
        cells.text(row.delivery()).text(SafeText.of(row.file())).number(row.line(), styles.integer());
    }

    /** Writes the figures sheet and the whole workbook to {@code out}, which stays open. */
    public void write(List<FigureRow> figures, OutputStream out) throws IOException {
        records.filter(0, RECORD_COLUMNS);
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.figures"), styles, 10, 44, 30, 14, 10, 10, 16, 16);
        sheet.header(text("column.indicator"), text("column.label"), text("column.dimension"), text("column.value"),
                text("column.teller"), text("column.noemer"), text("column.recordsTeller"), text("column.recordsNoemer"));
        for (FigureRow figure : figures) {
            RowWriter row = sheet.row().text(figure.indicator().code()).text(figure.indicator().label())
                    .text(figure.dimension());
            if (figure.value() == null) {
                row.empty();
            } else {
                row.number(figure.value(), styles.forData(figure.indicator(), figure.dimension()));
            }
            part(row, figure.teller());
            part(row, figure.noemer());
            row.number(figure.recordsTeller(), styles.integer());
            if (figure.noemer() == null) {
                row.empty();
            } else {
                row.number(figure.recordsNoemer(), styles.integer());
            }
        }
        sheet.freezeAbove(1);
        sheet.filter(0, 8);
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(dataDate.atStartOfDay(DutchTime.ZONE).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator("Participatiemonitor");
        core.setTitle(text("document.title", municipalityName, period));
        core.setSubjectProperty(text("document.subject"));
        workbook.write(out);
    }

    private void part(RowWriter row, Long number) {
        if (number == null) {
            row.empty();
        } else {
            row.number(number, styles.integer());
        }
    }

    private void newRecordSheet() {
        recordSheets++;
        records = new SheetWriter(workbook, recordSheets == 1 ? text("sheet.records")
                : text("sheet.records.more", recordSheets), styles, 10, 34, 9, 16, 18, 66, 8, 66, 16, 10);
        records.header(text("column.indicator"), text("column.dimension"), text("column.role"), text("column.entity"),
                text("column.key"), text("column.client"), text("column.value"), text("column.delivery"),
                text("column.file"), text("column.line"));
        records.freezeAbove(1);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
