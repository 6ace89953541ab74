package nl.participatiemonitor.report.pdf;

import java.io.IOException;
import java.io.InputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * A .jrxml template on the classpath, compiled the first time it is needed and never again. Thread-safe.
 */
final class ReportTemplate {

    private final JasperReportsContext jasper;
    private final String location;
    private volatile JasperReport compiled;
    private int compilations;

    ReportTemplate(JasperReportsContext jasper, String location) {
        this.jasper = jasper;
        this.location = location;
    }

    JasperReport compiled() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    report = compile();
                    compiled = report;
                }
            }
        }
        return report;
    }

    /** How often this template was compiled: 0 before the first report, 1 after. */
    synchronized int compilations() {
        return compilations;
    }

    private JasperReport compile() {
        try (InputStream jrxml = ReportTemplate.class.getClassLoader().getResourceAsStream(location)) {
            if (jrxml == null) {
                throw new IllegalStateException("Report template " + location + " is not on the classpath");
            }
            JasperReport report = JasperCompileManager.getInstance(jasper).compile(jrxml);
            compilations++;
            return report;
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Report template " + location + " does not compile", e);
        }
    }
}
