package nl.participatiemonitor.report.archive;

import static nl.participatiemonitor.report.archive.Publications.PDF;
import static nl.participatiemonitor.report.archive.Publications.XLSX;
import static nl.participatiemonitor.report.archive.Publications.input;
import static nl.participatiemonitor.report.archive.Publications.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import nl.participatiemonitor.report.archive.ArchiveVerifier.Problem;
import nl.participatiemonitor.report.archive.ArchiveVerifier.VerificationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveVerifierTest {

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    private final ArchiveVerifier verifier = new ArchiveVerifier();

    @Test
    void freshArchivePasses() {
        publishTwoRevisions("2026-Q3", "GM0014");

        assertThat(verifier.verify(root)).isEqualTo(new VerificationResult(true, 2, 4, Optional.empty()));
    }

    @Test
    void changedByteInAFileIsNamed() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        Path pdf = root.resolve("2026-Q3/GM0014/r1").resolve(PDF);
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[0] ^= 1;
        Files.write(pdf, bytes);

        assertThat(verifier.verify(root)).isEqualTo(new VerificationResult(false, 2, 0, Optional.of(new Problem(pdf,
                "raadsrapportage-GM0014-2026-Q3.pdf in 2026-Q3/GM0014/r1 is gewijzigd: de SHA-256 is niet die uit manifest.json.",
                "raadsrapportage-GM0014-2026-Q3.pdf in 2026-Q3/GM0014/r1 has been changed: its SHA-256 is not the one in manifest.json."))));
    }

    @Test
    void editedManifestWithALaterRevisionBreaksTheChain() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        Path manifest = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        replace(manifest, "\"bytes\": 12,", "\"bytes\": 13,");

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(manifest,
                "manifest.json van 2026-Q3/GM0014/r1 klopt niet met de keten: r2 verwijst naar een andere SHA-256.",
                "manifest.json of 2026-Q3/GM0014/r1 does not fit the chain: r2 refers to a different SHA-256."));
    }

    @Test
    void editedSizeInTheLatestManifestNamesThatManifest() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        Path manifest = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        replace(manifest, "\"bytes\": 12,", "\"bytes\": 13,");

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(manifest,
                "manifest.json van 2026-Q3/GM0014/r1 is gewijzigd: de grootte van raadsrapportage-GM0014-2026-Q3.pdf is niet die van het bestand.",
                "manifest.json of 2026-Q3/GM0014/r1 has been changed: the size of raadsrapportage-GM0014-2026-Q3.pdf is not that of the file."));
    }

    @Test
    void extraFileIsNamed() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        Path extra = Files.writeString(root.resolve("2026-Q3/GM0014/r2/aantekeningen.txt"), "later toegevoegd");

        assertThat(verifier.verify(root)).isEqualTo(new VerificationResult(false, 2, 4, Optional.of(new Problem(extra,
                "aantekeningen.txt in 2026-Q3/GM0014/r2 staat niet in manifest.json.",
                "aantekeningen.txt in 2026-Q3/GM0014/r2 is not listed in manifest.json."))));
    }

    @Test
    void deletedFileIsNamed() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        Path xlsx = root.resolve("2026-Q3/GM0014/r2").resolve(XLSX);
        Files.delete(xlsx);

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(xlsx,
                "raadsrapportage-GM0014-2026-Q3.xlsx ontbreekt in 2026-Q3/GM0014/r2.",
                "raadsrapportage-GM0014-2026-Q3.xlsx is missing from 2026-Q3/GM0014/r2."));
    }

    @Test
    void manifestThatIsNotJsonIsNamed() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        Path manifest = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        replace(manifest, "\"files\": [", "\"files\": ");

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(manifest,
                "manifest.json van 2026-Q3/GM0014/r1 is onleesbaar: het is geen geldige JSON of er ontbreekt een verplicht veld.",
                "manifest.json of 2026-Q3/GM0014/r1 is unreadable: it is not valid JSON or a required field is missing."));
    }

    @Test
    void manifestListingAFileWithoutNameOrOutsideItsFolderIsUnreadable() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        publish("2026-Q3", "GM0363", "%PDF Assen");
        Path withoutName = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        Path outside = root.resolve("2026-Q3/GM0363/r1/manifest.json");
        replace(withoutName, "\"name\": \"" + PDF + "\"", "\"name\": null");
        replace(outside, "\"name\": \"", "\"name\": \"../");

        assertThat(problem(verifier.verify(root)).path()).isEqualTo(withoutName);
        assertThat(problem(verifier.verify(root.resolve("2026-Q3/GM0363"))).english()).isEqualTo(
                "manifest.json of 2026-Q3/GM0363/r1 is unreadable: it is not valid JSON or a required field is missing.");
    }

    @Test
    void missingManifestIsNamed() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        Path manifest = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        Files.delete(manifest);

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(manifest,
                "manifest.json ontbreekt in 2026-Q3/GM0014/r1: een publicatie van een eerdere versie is onderbroken. "
                        + "De volgende publicatie van deze scope zet de map apart en publiceert opnieuw.",
                "manifest.json is missing from 2026-Q3/GM0014/r1: a publication by an earlier version was interrupted. "
                        + "The next publication of this scope sets the folder aside and publishes again."));
    }

    @Test
    void gapInRevisionsIsNamed() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        Path scope = root.resolve("2026-Q3/GM0014");
        Files.move(scope.resolve("r2"), scope.resolve("r3"));

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(scope.resolve("r2"),
                "r2 ontbreekt in 2026-Q3/GM0014: de revisies moeten vanaf r1 doorlopen.",
                "r2 is missing from 2026-Q3/GM0014: revisions must run on from r1."));
    }

    @Test
    void manifestCopiedIntoAnotherScopeIsNamed() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        publish("2026-Q3", "GM0363", "%PDF Assen");
        Path copy = root.resolve("2026-Q3/GM0363/r1/manifest.json");
        Files.copy(root.resolve("2026-Q3/GM0014/r1/manifest.json"), copy, StandardCopyOption.REPLACE_EXISTING);

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(copy,
                "manifest.json in 2026-Q3/GM0363/r1 hoort bij 2026-Q3/GM0014/r1.",
                "manifest.json in 2026-Q3/GM0363/r1 belongs to 2026-Q3/GM0014/r1."));
    }

    @Test
    void firstRevisionThatPointsBackIsNamed() throws IOException {
        publish("2026-Q3", "GM0014", "%PDF rapport");
        Path manifest = root.resolve("2026-Q3/GM0014/r1/manifest.json");
        replace(manifest, "\"previousManifestSha256\": null", "\"previousManifestSha256\": \"" + "0".repeat(64) + "\"");

        assertThat(problem(verifier.verify(root))).isEqualTo(new Problem(manifest,
                "manifest.json van 2026-Q3/GM0014/r1 klopt niet met de keten: r1 hoort niet naar een vorige manifest.json te verwijzen.",
                "manifest.json of 2026-Q3/GM0014/r1 does not fit the chain: r1 must not refer to a previous manifest.json."));
    }

    @Test
    void rootCoveringTwoPeriodsAndTwoScopes() throws IOException {
        publishTwoRevisions("2026-Q3", "GM0014");
        publish("2026-Q3", "toezicht", "%PDF toezicht");
        publish("2026-Q4", "GM0014", "%PDF Q4");
        publish("2026-Q4", "toezicht", "%PDF toezicht Q4");

        assertThat(verifier.verify(root)).isEqualTo(new VerificationResult(true, 5, 10, Optional.empty()));
        assertThat(verifier.verify(root.resolve("2026-Q4"))).isEqualTo(new VerificationResult(true, 2, 4, Optional.empty()));
        assertThat(verifier.verify(root.resolve("2026-Q3/GM0014"))).isEqualTo(new VerificationResult(true, 2, 4, Optional.empty()));
        assertThat(verifier.verify(root.resolve("2026-Q3/GM0014/r2"))).isEqualTo(new VerificationResult(true, 1, 2, Optional.empty()));

        Path laterPdf = Publications.write(root.resolve("2026-Q4/GM0014/r1").resolve(PDF), "gewijzigd");
        Path earlierPdf = Publications.write(root.resolve("2026-Q3/toezicht/r1").resolve(PDF), "gewijzigd");
        assertThat(problem(verifier.verify(root)).path()).isEqualTo(earlierPdf);
        assertThat(problem(verifier.verify(root.resolve("2026-Q4"))).path()).isEqualTo(laterPdf);
    }

    @Test
    void folderWithoutPublicationsDoesNotPass() {
        assertThat(verifier.verify(root)).isEqualTo(new VerificationResult(false, 0, 0, Optional.of(new Problem(root,
                "Er zijn geen publicaties (mappen r1, r2, ...) gevonden in " + root + ".",
                "No publications (folders r1, r2, ...) were found in " + root + "."))));
    }

    private void publishTwoRevisions(String period, String scope) {
        publish(period, scope, "%PDF rapport");
        publish(period, scope, "%PDF rapport, gecorrigeerd");
    }

    private void publish(String period, String scope, String pdfText) {
        new Archive(root).publish(period, scope, input("run-" + pdfText.length()),
                rendered(scratch.resolve(period + scope + pdfText.length()), pdfText, "xlsx werkmap"));
    }

    private static Problem problem(VerificationResult result) {
        assertThat(result.ok()).isFalse();
        return result.firstProblem().orElseThrow();
    }

    private static void replace(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }
}
