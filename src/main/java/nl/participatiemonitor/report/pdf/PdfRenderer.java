package nl.participatiemonitor.report.pdf;

import java.util.List;
import java.util.Map;

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
    private final ReportTemplate supervisorReport = new ReportTemplate(jasper, SupervisorReportParameters.TEMPLATE);
    private final ReportTemplate complaintOverview = new ReportTemplate(jasper, ComplaintOverviewParameters.TEMPLATE);

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

    /** The toezichtrapportage of one run (A4 landscape), as PDF bytes. */
    public byte[] render(SupervisorReport report) {
        return render(supervisorReport, SupervisorReportParameters.of(report),
                SupervisorReportParameters.documentInfo(report), "toezichtrapportage " + report.scope());
    }

    /** The Awb 9:12a jaaroverzicht klachten of one bestuursorgaan and year, as PDF bytes. */
    public byte[] render(ComplaintOverview overview) {
        return render(complaintOverview, ComplaintOverviewParameters.of(overview),
                ComplaintOverviewParameters.documentInfo(overview), "jaaroverzicht klachten " + overview.code());
    }

    private byte[] render(ReportTemplate template, Map<String, Object> parameters, DocumentInfo info,
            String what) {
        JasperPrint print;
        try {
            print = JasperFillManager.getInstance(jasper).fill(template.compiled(), parameters,
                    new JREmptyDataSource(1));
        } catch (JRException e) {
            throw new IllegalStateException("Filling the " + what + " failed", e);
        }
        return ArchivalPdfExporter.export(jasper, print, info);
    }

    /** How often a template was compiled, for the test that it happens once. */
    int compilations() {
        return councilReport.compilations();
    }
}
