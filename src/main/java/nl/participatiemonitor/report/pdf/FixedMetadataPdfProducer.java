package nl.participatiemonitor.report.pdf;

import java.io.OutputStream;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * JasperReports' OpenPDF producer with the three things OpenPDF takes from the clock or a random generator made
 * fixed: the creation date, the file identifier and the tags of embedded font subsets.
 */
final class FixedMetadataPdfProducer extends ClassicPdfProducer {

    /** One fixed subset tag per font; see {@link FixedSubsetTag}. Shared, as OpenPDF shares its fonts. */
    private static final Map<String, SecureRandom> SUBSET_TAGS = new ConcurrentHashMap<>();

    private final DocumentInfo info;

    FixedMetadataPdfProducer(PdfProducerContext context, DocumentInfo info) {
        super(context);
        this.info = info;
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        PdfDocumentWriter writer = super.createWriter(os);
        // The exporter builds the XMP metadata from this dictionary next, so dates in both places agree.
        PdfDictionary documentInfo = getPdfWriter().getInfo();
        PdfDate date = new PdfDate(info.timestamp());
        documentInfo.put(PdfName.CREATIONDATE, date);
        documentInfo.put(PdfName.MODDATE, date);
        byte[] fileId = info.fileId();
        // OpenPDF takes the trailer's /ID from this entry instead of making a random one.
        documentInfo.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        return writer;
    }

    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = super.getFont(attributes, locale);
        BaseFont baseFont = font == null ? null : font.getBaseFont();
        if (baseFont != null) {
            String name = baseFont.getPostscriptFontName();
            baseFont.setSecureRandom(SUBSET_TAGS.computeIfAbsent(name, FixedSubsetTag::new));
        }
        return font;
    }

    /**
     * Makes OpenPDF's subset tag (six random capitals before the font name, such as {@code KQWZBA+DejaVuSans})
     * one repeated capital chosen by the font name. OpenPDF draws the tag from this generator when it writes the
     * font, once per document; a stateless answer keeps it the same whichever thread or document asks.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private final double letter;

        FixedSubsetTag(String fontName) {
            this.letter = Math.floorMod(fontName.hashCode(), 26) / 26.0;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }
}
