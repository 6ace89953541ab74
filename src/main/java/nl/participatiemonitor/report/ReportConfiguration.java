package nl.participatiemonitor.report;

import nl.participatiemonitor.report.pdf.PdfRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report templates are compiled once per process, by the one renderer every publication shares. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    PdfRenderer pdfRenderer() {
        return new PdfRenderer();
    }
}
