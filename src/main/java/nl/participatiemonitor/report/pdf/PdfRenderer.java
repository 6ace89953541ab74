package nl.participatiemonitor.report.pdf;

import java.util.List;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * Renders the raadsrapportage as an archival PDF (PDF/A-2a, A4): the same report gives the same bytes. The template
 * is compiled once, at the first report; after construction an instance is safe to share between threads.
 */
public final class PdfRenderer {

    private final SimpleJasperReportsContext jasper = new SimpleJasperReportsContext();
    private final ReportTemplate councilReport;

    public PdfRenderer() {
        jasper.setExtensions(RepositoryService.class, List.of(new SrgbProfileRepository()));
        councilReport = new ReportTemplate(jasper, CouncilReportParameters.TEMPLATE);
    }

    /** The raadsrapportage of one municipality and period, as PDF bytes. */
    public byte[] render(CouncilReport report) {
        JasperPrint print;
        try {
            // One empty record: each section of the template is a detail band that prints once.
            print = JasperFillManager.getInstance(jasper).fill(councilReport.compiled(),
                    CouncilReportParameters.of(report), new JREmptyDataSource(1));
        } catch (JRException e) {
            throw new IllegalStateException("Filling the raadsrapportage of " + report.municipalityCode() + " "
                    + report.period() + " failed", e);
        }
        return ArchivalPdfExporter.export(jasper, print, CouncilReportParameters.documentInfo(report));
    }

    /** How often a template was compiled, for the test that it happens once. */
    int compilations() {
        return councilReport.compilations();
    }
}
