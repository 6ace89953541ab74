package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.SupervisorWorkbookTexts.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.participatiemonitor.metrics.Indicator;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.RunFigures.GroupMedian;
import nl.participatiemonitor.metrics.Signal;
import nl.participatiemonitor.report.excel.SupervisorFigures.Arrangement;
import nl.participatiemonitor.report.excel.SupervisorFigures.Handling;
import nl.participatiemonitor.report.excel.SupervisorFigures.MunicipalityLine;
import nl.participatiemonitor.system.DutchTime;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the XLSX of the toezichtrapportage (REPORTS.md): sheets {@code Gemeenten}, {@code Signalen},
 * {@code Groepsmedianen}, {@code GR}, {@code GR klachten} and {@code Toelichting}, with the conventions of the raad's
 * workbook: numbers as numeric cells with a format, suppressed figures as their marker, frozen headers and filters.
 * Streams its rows (SXSSF); the same figures give the same bytes. Thread-safe: every call has its own workbook.
 */
@Component
public class SupervisorWorkbook {

    private static final String CREATOR = "Participatiemonitor";

    /** Writes the workbook to {@code out}, which stays open; {@code general} are the norms a GR's figures follow. */
    public void write(SupervisorFigures figures, Norms general, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            try {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                municipalities(workbook, styles, figures);
                signals(workbook, styles, figures.municipalities());
                medians(workbook, styles, figures.medians());
                arrangements(workbook, styles, figures);
                handling(workbook, styles, figures.arrangements());
                ExplanationSheet.write(workbook, styles, general);
                describe(workbook.getXSSFWorkbook().getProperties(), figures);
                workbook.write(out);
            } finally {
                // The streamed rows wait in temporary files; closing the workbook does not delete them.
                workbook.dispose();
            }
        }
    }

    private static void municipalities(SXSSFWorkbook workbook, WorkbookStyles styles, SupervisorFigures figures) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.municipalities"), styles,
                widths(new int[] {30, 9, 13}, figures.columns().size(), 14, 16));
        sheet.row().text(text("title", figures.scope(), figures.period().label(), figures.status(),
                figures.revision(), figures.dataDate()), styles.header());
        int header = sheet.nextRow();
        headerWithColumns(sheet, figures.columns(), text("column.municipality"), text("column.code"),
                text("column.status"));
        for (MunicipalityLine line : figures.municipalities()) {
            RowWriter row = sheet.row().text(line.name()).text(line.code()).text(line.status());
            figures.columns().forEach(i -> row.figureForPeople(line.figures().get(i)));
            row.text(line.signalCodes());
        }
        sheet.freezeAbove(header + 1);
        sheet.filter(header, 3 + figures.columns().size() + 1);
    }

    private static void signals(SXSSFWorkbook workbook, WorkbookStyles styles, List<MunicipalityLine> lines) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.signals"), styles, 30, 9, 9, 10, 70, 24, 36);
        sheet.header(text("column.municipality"), text("column.code"), text("column.signal"),
                text("column.indicator"), text("column.text"), text("column.norm"), text("column.normSource"));
        boolean any = false;
        for (MunicipalityLine line : lines) {
            for (Signal signal : line.signals()) {
                sheet.row().text(line.name()).text(line.code()).text(signal.code()).text(signal.indicator())
                        .text(signal.text(), styles.wrapped()).text(signal.norm(), styles.wrapped())
                        .text(signal.normSource(), styles.wrapped());
                any = true;
            }
        }
        sheet.freezeAbove(1);
        sheet.filter(0, 7);
        if (!any) {
            sheet.skipRow();
            sheet.row().text(text("signals.none"));
        }
    }

    private static void medians(SXSSFWorkbook workbook, WorkbookStyles styles, List<GroupMedian> medians) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.medians"), styles, 24, 10, 50, 14, 16);
        sheet.header(text("column.group"), text("column.code"), text("column.indicator"), text("column.median"),
                text("column.count"));
        for (GroupMedian median : medians) {
            RowWriter row = sheet.row().text(median.group()).text(median.indicator().code())
                    .text(median.indicator().label(), styles.wrapped());
            if (median.median() == null) {
                row.noValue();
            } else {
                row.number(median.median(), styles.forMedian(median.indicator(), median.median()));
            }
            row.number(median.municipalities(), styles.integer());
        }
        sheet.freezeAbove(1);
        sheet.filter(0, 5);
    }

    private static void arrangements(SXSSFWorkbook workbook, WorkbookStyles styles, SupervisorFigures figures) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.arrangements"), styles,
                widths(new int[] {22, 32, 12, 30, 9}, figures.columns().size(), 14, 16));
        sheet.row().text(text("arrangements.rule"));
        int header = sheet.nextRow();
        headerWithColumns(sheet, figures.columns(), text("column.arrangement"), text("column.arrangementName"),
                text("column.line"), text("column.municipality"), text("column.code"));
        for (Arrangement arrangement : figures.arrangements()) {
            for (MunicipalityLine member : arrangement.members()) {
                RowWriter row = sheet.row().text(arrangement.code()).text(arrangement.name()).text(text("line.member"))
                        .text(member.name()).text(member.code());
                figures.columns().forEach(i -> row.figureForPeople(member.figures().get(i)));
                row.text(member.signalCodes());
            }
            RowWriter total = sheet.row().text(arrangement.code(), styles.header())
                    .text(arrangement.name(), styles.header()).text(text("line.total"), styles.header()).empty()
                    .empty();
            figures.columns().forEach(i -> total.figureForPeople(arrangement.totals().get(i)));
        }
        sheet.freezeAbove(header + 1);
        sheet.filter(header, 5 + figures.columns().size() + 1);
        if (figures.arrangements().isEmpty()) {
            sheet.skipRow();
            sheet.row().text(text("arrangements.none"));
        }
    }

    private static void handling(SXSSFWorkbook workbook, WorkbookStyles styles, List<Arrangement> arrangements) {
        SheetWriter sheet = new SheetWriter(workbook, text("sheet.handling"), styles, 22, 32, 26, 32, 16, 16, 16, 16);
        sheet.row().text(text("handling.rule"));
        int header = sheet.nextRow();
        sheet.header(text("column.arrangement"), text("column.arrangementName"), text("column.organisation"),
                text("column.organisationName"), text("column.kind"), text("column.about"), text("column.handledBy"),
                text("column.onTime"));
        for (Arrangement arrangement : arrangements) {
            for (Handling line : arrangement.handling()) {
                sheet.row().text(arrangement.code()).text(arrangement.name()).text(line.code())
                        .text(line.name().isEmpty() ? text("municipalities.themselves") : line.name())
                        .text(SupervisorWorkbookTexts.textOr("soort." + line.kind(), line.kind()))
                        .figureForPeople(line.about()).figureForPeople(line.handledBy())
                        .figureForPeople(line.onTime());
            }
        }
        sheet.freezeAbove(header + 1);
        sheet.filter(header, 8);
    }

    /** A header row: the given titles, then per indicator its code and label, then the signals. */
    private static void headerWithColumns(SheetWriter sheet, List<Indicator> columns, String... titles) {
        String[] all = new String[titles.length + columns.size() + 1];
        System.arraycopy(titles, 0, all, 0, titles.length);
        for (int i = 0; i < columns.size(); i++) {
            all[titles.length + i] = columns.get(i).code() + " " + columns.get(i).label();
        }
        all[all.length - 1] = text("column.signals");
        sheet.header(all);
    }

    private static int[] widths(int[] first, int figures, int figureWidth, int last) {
        int[] widths = new int[first.length + figures + 1];
        System.arraycopy(first, 0, widths, 0, first.length);
        for (int i = 0; i < figures; i++) {
            widths[first.length + i] = figureWidth;
        }
        widths[widths.length - 1] = last;
        return widths;
    }

    /** Without a date POI takes the clock for the creation date, and the bytes would differ with every render. */
    private static void describe(POIXMLProperties properties, SupervisorFigures figures) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(figures.dataDate().atStartOfDay(DutchTime.ZONE).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator(CREATOR);
        core.setTitle(text("document.title", figures.scope(), figures.period().label()));
        core.setSubjectProperty(text("document.subject"));
    }
}
