package nl.participatiemonitor.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import nl.participatiemonitor.support.DeliveryFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A region in 2025, built by hand so every figure can be worked out on paper. GR Werk en Inkomen Noord (GR-NOORD) has
 * Groningen (GM0014) and Almere (GM0034) as members; Stadskanaal (GM0037) left it on 1 January 2025. Werkbedrijf Noord
 * BV (UITV-NOORD) is an executing company, no bestuursorgaan.
 *
 * <ul>
 * <li>Groningen: G1..G10 written, BEJEGENING, handled in 28 days (G1..G5 GEGROND, G6..G10 ONGEGROND); G11 written,
 * BETALING, handled after 88 days (late), ONGEGROND; G12 written, BETALING, received 1 December, still open;
 * G13 written, INFORMATIE, about and handled by GR-NOORD, handled after 91 days (late), GEGROND; G14 written,
 * INFORMATIE, about and handled by GR-NOORD, still open (term passed); G15 by telephone, informally resolved.</li>
 * <li>Almere: A1..A5 written, BETALING, about UITV-NOORD, handled by GR-NOORD in 14 days, ONGEGROND; A6 written,
 * BEJEGENING, about and handled by UITV-NOORD in 14 days, ONGEGROND.</li>
 * <li>Stadskanaal: no complaints.</li>
 * </ul>
 */
final class RegionFixture {

    static final String KLACHTEN_HEADER = "klacht_id;gemeente_code;ontvangen;schriftelijk;kanaal;onderwerp;"
            + "gedragende_organisatie;behandelende_organisatie;ontvangst_bevestigd;adviescommissie;verdaagd_op;"
            + "afgehandeld;uitkomst;doorgezonden_zonder_betrokkenheid;ombudsman_ingediend;ombudsman_oordeel";

    private RegionFixture() {
    }

    static Path write(Path folder) {
        List<String> complaints = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            complaints.add(complaint("G" + i, "GM0014", "2025-02-02", "J", "BEJEGENING", "", "", "2025-03-02",
                    i <= 5 ? "GEGROND" : "ONGEGROND"));
        }
        complaints.add(complaint("G11", "GM0014", "2025-02-02", "J", "BETALING", "", "", "2025-05-01", "ONGEGROND"));
        complaints.add(complaint("G12", "GM0014", "2025-12-01", "J", "BETALING", "", "", "", ""));
        complaints.add(complaint("G13", "GM0014", "2025-03-02", "J", "INFORMATIE", "GR-NOORD", "GR-NOORD",
                "2025-06-01", "GEGROND"));
        complaints.add(complaint("G14", "GM0014", "2025-06-01", "J", "INFORMATIE", "GR-NOORD", "GR-NOORD", "", ""));
        complaints.add(complaint("G15", "GM0014", "2025-04-01", "N", "OVERIG", "", "", "2025-04-02",
                "INFORMEEL_OPGELOST"));
        for (int i = 1; i <= 5; i++) {
            complaints.add(complaint("A" + i, "GM0034", "2025-05-04", "J", "BETALING", "UITV-NOORD", "GR-NOORD",
                    "2025-05-18", "ONGEGROND"));
        }
        complaints.add(complaint("A6", "GM0034", "2025-07-01", "J", "BEJEGENING", "UITV-NOORD", "UITV-NOORD",
                "2025-07-15", "ONGEGROND"));
        return DeliveryFiles.in(folder).source("regio-noord", "2025")
                .csv("organisaties.csv", "organisatie_code;naam;soort", "GR-NOORD;GR Werk en Inkomen Noord;GR",
                        "UITV-NOORD;Werkbedrijf Noord BV;UITVOERDER")
                .csv("gr_lidmaatschappen.csv", "gr_code;gemeente_code;geldig_van;geldig_tot",
                        "GR-NOORD;GM0014;2020-01-01;", "GR-NOORD;GM0034;2020-01-01;",
                        "GR-NOORD;GM0037;2020-01-01;2025-01-01")
                .csv("klachten.csv", KLACHTEN_HEADER, complaints.toArray(String[]::new))
                .folder();
    }

    private static String complaint(String id, String municipality, String received, String written, String topic,
            String about, String handledBy, String handled, String outcome) {
        return String.join(";", id, municipality, received, written, written.equals("J") ? "BRIEF" : "TELEFOON", topic,
                about, handledBy, "", "N", "", handled, outcome, "", "", "");
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** SHA-256 of a file, computed independently of the production code. */
    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The veraPDF failures of a PDF that should be PDF/A-2a; empty when it is. */
    static String pdfA2aFailures(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                new ByteArrayInputStream(Files.readAllBytes(pdf)));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            if (parser.getFlavour() != PDFAFlavour.PDFA_2_A) {
                return "flavour " + parser.getFlavour();
            }
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> "%s-%d %s".formatted(assertion.getRuleId().getClause(),
                            assertion.getRuleId().getTestNumber(), assertion.getMessage()))
                    .distinct().reduce("", (a, b) -> a + b + "\n");
        }
    }
}
