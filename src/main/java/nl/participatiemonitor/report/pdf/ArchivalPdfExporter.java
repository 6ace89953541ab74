package nl.participatiemonitor.report.pdf;

import java.io.ByteArrayOutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Exports a filled report as an archival PDF: PDF/A-2a (tagged, with the sRGB output intent) and the same bytes for
 * the same report, whenever and wherever it is rendered. One instance per document.
 */
final class ArchivalPdfExporter extends JRPdfExporter {

    private static final PdfaConformanceEnum CONFORMANCE = PdfaConformanceEnum.PDFA_2A;
    private static final String CREATOR = "Participatiemonitor";

    private final DocumentInfo info;

    private ArchivalPdfExporter(JasperReportsContext jasper, DocumentInfo info) {
        super(jasper);
        this.info = info;
    }

    static byte[] export(JasperReportsContext jasper, JasperPrint print, DocumentInfo info) {
        ArchivalPdfExporter exporter = new ArchivalPdfExporter(jasper, info);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.setConfiguration(configuration(info));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("PDF export of '" + info.title() + "' failed", e);
        }
        return pdf.toByteArray();
    }

    private static SimplePdfExporterConfiguration configuration(DocumentInfo info) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(CONFORMANCE);
        configuration.setIccProfilePath(SrgbProfileRepository.LOCATION);
        configuration.setTagged(true);
        configuration.setTagLanguage(info.language());
        configuration.setMetadataTitle(info.title());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataSubject(info.subject());
        configuration.setMetadataKeywords(info.keywords());
        configuration.setMetadataAuthor(CREATOR);
        // Without a creator JasperReports writes its own version, which changes with every upgrade.
        configuration.setMetadataCreator(CREATOR);
        return configuration;
    }

    @Override
    protected PdfProducerFactory getPdfProducerFactory() {
        return context -> new FixedMetadataPdfProducer(context, info);
    }
}
