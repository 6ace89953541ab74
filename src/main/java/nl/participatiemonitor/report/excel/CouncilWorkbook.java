package nl.participatiemonitor.report.excel;

import static nl.participatiemonitor.report.excel.CouncilWorkbookTexts.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import nl.participatiemonitor.metrics.Norms;
import nl.participatiemonitor.metrics.NormsFile;
import nl.participatiemonitor.metrics.Period;
import nl.participatiemonitor.metrics.RunFigures;
import nl.participatiemonitor.system.DutchTime;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the XLSX of the raadsrapportage (REPORTS.md): one municipality, the period of a finished run, small
 * numbers suppressed. Streams its rows (SXSSF). The same run, date of the data and revision give the same bytes:
 * the document dates are the date of the data, and POI writes its zip entries with a fixed time. Thread-safe:
 * every call has its own workbook.
 */
@Component
public class CouncilWorkbook {

    private static final String CREATOR = "Participatiemonitor";

    private final RunFigures runFigures;
    private final NormsFile norms;

    CouncilWorkbook(RunFigures runFigures, NormsFile norms) {
        this.runFigures = runFigures;
        this.norms = norms;
    }

    /**
     * Writes the workbook of {@code municipality} for the period of run {@code runId} to {@code out}, which stays
     * open. {@code dataDate} is the date of the data, shown in the summary and used as the document's dates.
     */
    public void write(long runId, String municipality, LocalDate dataDate, int revision, OutputStream out)
            throws IOException {
        Period period = runFigures.period(runId);
        CouncilFigures figures = new CouncilFigures(municipality, runFigures.municipalityName(municipality), period,
                runFigures.status(runId, municipality), revision, dataDate, runFigures.figures(runId, municipality),
                runFigures.signals(runId, municipality),
                runFigures.groupMedians(runId, period.label(), municipality));
        write(figures, norms.forMunicipality(municipality), out);
    }

    static void write(CouncilFigures figures, Norms norms, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            try {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                SummarySheet.write(workbook, styles, figures);
                for (ThemeSheet theme : ThemeSheet.values()) {
                    theme.write(workbook, styles, figures);
                }
                TrendSheet.write(workbook, styles, figures);
                IndicatorsSheet.write(workbook, styles, figures);
                ExplanationSheet.write(workbook, styles, norms);
                describe(workbook.getXSSFWorkbook().getProperties(), figures);
                workbook.write(out);
            } finally {
                // The streamed rows wait in temporary files; closing the workbook does not delete them.
                workbook.dispose();
            }
        }
    }

    /** Without a date POI takes the clock for the creation date, and the bytes would differ with every render. */
    private static void describe(POIXMLProperties properties, CouncilFigures figures) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(figures.dataDate().atStartOfDay(DutchTime.ZONE).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator(CREATOR);
        core.setTitle(text("document.title", figures.municipalityName(), figures.period().label()));
        core.setSubjectProperty(text("document.subject"));
    }
}
