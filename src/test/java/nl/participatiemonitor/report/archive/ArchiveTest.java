package nl.participatiemonitor.report.archive;

import static nl.participatiemonitor.report.archive.Publications.PDF;
import static nl.participatiemonitor.report.archive.Publications.XLSX;
import static nl.participatiemonitor.report.archive.Publications.input;
import static nl.participatiemonitor.report.archive.Publications.rendered;
import static nl.participatiemonitor.report.archive.Publications.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.participatiemonitor.report.archive.Archive.Publication;
import nl.participatiemonitor.report.archive.ManifestInput.DeliveryUsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    @Test
    void sameInputsAndBytesAgainAreTheSamePublication() throws IOException {
        Archive archive = new Archive(root);
        Map<String, Path> files = rendered(scratch, "%PDF rapport", "xlsx werkmap");

        Publication first = archive.publish("2026-Q3", "GM0014", input("run-41"), files);
        byte[] manifest = Files.readAllBytes(first.manifest());
        Publication again = archive.publish("2026-Q3", "GM0014", input("run-42"), files);

        Path r1 = root.resolve("2026-Q3/GM0014/r1");
        assertThat(first).isEqualTo(new Publication(r1, 1, true, r1.resolve("manifest.json")));
        assertThat(again).isEqualTo(new Publication(r1, 1, false, r1.resolve("manifest.json")));
        assertThat(root.resolve("2026-Q3/GM0014/r2")).doesNotExist();
        assertThat(Files.readAllBytes(r1.resolve("manifest.json"))).isEqualTo(manifest);
        assertThat(r1.resolve(PDF)).hasContent("%PDF rapport");
        assertThat(r1.resolve(XLSX)).hasContent("xlsx werkmap");
        assertThat(files.values()).allSatisfy(temp -> assertThat(temp).exists());
    }

    @Test
    void changedFileBytesGiveTheNextRevisionChainedToThePreviousManifest() throws IOException {
        Archive archive = new Archive(root);
        Publication r1 = archive.publish("2026-Q3", "GM0014", input("run-41"),
                rendered(scratch, "%PDF rapport", "xlsx werkmap"));

        Publication r2 = archive.publish("2026-Q3", "GM0014", input("run-42"),
                rendered(scratch, "%PDF rapport, gecorrigeerd", "xlsx werkmap"));

        assertThat(r2.revision()).isEqualTo(2);
        assertThat(r2.created()).isTrue();
        assertThat(r2.folder()).isEqualTo(root.resolve("2026-Q3/GM0014/r2"));
        assertThat(Files.readString(r2.manifest()))
                .contains("\"previousManifestSha256\": \"" + sha256(r1.manifest()) + "\"")
                .contains("\"revision\": 2")
                .contains("\"runId\": \"run-42\"");
        assertThat(r2.folder().resolve(PDF)).hasContent("%PDF rapport, gecorrigeerd");
        assertThat(r1.folder().resolve(PDF)).hasContent("%PDF rapport");
    }

    @Test
    void changedNormsWithTheSameBytesGiveTheNextRevision() {
        Archive archive = new Archive(root);
        Map<String, Path> files = rendered(scratch, "%PDF rapport", "xlsx werkmap");
        archive.publish("2026-Q3", "GM0014", input("run-41", "5"), files);

        Publication next = archive.publish("2026-Q3", "GM0014", input("run-42", "7"), files);

        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.created()).isTrue();
    }

    @Test
    void sameInputsInTwoArchivesGiveByteIdenticalManifests(@TempDir Path otherRoot) throws IOException {
        Publication here = new Archive(root).publish("2026-Q3", "GM0014", input("run-41"),
                rendered(scratch.resolve("a"), "%PDF rapport", "xlsx werkmap"));
        List<DeliveryUsed> deliveries = new ArrayList<>(input("x").deliveries());
        Collections.reverse(deliveries);
        ManifestInput inAnotherOrder = new ManifestInput("run-41", "raadsrapportage",
                reversed(input("x").parameters()), "0.1.0", "2026-09-30", deliveries, reversed(input("x").norms()));
        Publication there = new Archive(otherRoot).publish("2026-Q3", "GM0014", inAnotherOrder,
                rendered(scratch.resolve("b"), "%PDF rapport", "xlsx werkmap"));

        assertThat(Files.readAllBytes(there.manifest())).isEqualTo(Files.readAllBytes(here.manifest()));
        assertThat(Files.readString(here.manifest())).isEqualTo("""
                {
                  "applicationVersion": "0.1.0",
                  "dataDate": "2026-09-30",
                  "deliveries": [
                    {
                      "fileName": "dossiers-GM0014.csv",
                      "id": "D-1",
                      "rows": 3400,
                      "sha256": "%1$s",
                      "source": "dossiers"
                    },
                    {
                      "fileName": "klachten-GM0014.csv",
                      "id": "D-2",
                      "rows": 120,
                      "sha256": "%2$s",
                      "source": "klachten"
                    }
                  ],
                  "files": [
                    {
                      "bytes": 12,
                      "name": "raadsrapportage-GM0014-2026-Q3.pdf",
                      "sha256": "9a4936d133a03dbd40bd911d81ba62ec27429f6efedd111d8facbd35073ef3cd"
                    },
                    {
                      "bytes": 12,
                      "name": "raadsrapportage-GM0014-2026-Q3.xlsx",
                      "sha256": "f69f894486239d4a2aede2b095813b3aaf3608a31e1ddbc0f2f0e43d8cadc57a"
                    }
                  ],
                  "inputsFingerprint": "b15cea0558dfb2ee288d2505fe5dd5cec72ee0873370099726ed5a876ef9873f",
                  "job": "raadsrapportage",
                  "norms": {
                    "normen.k": "5",
                    "normen.min_noemer": "10"
                  },
                  "parameters": {
                    "gemeente": "GM0014",
                    "periode": "2026-Q3"
                  },
                  "period": "2026-Q3",
                  "previousManifestSha256": null,
                  "revision": 1,
                  "runId": "run-41",
                  "scope": "GM0014"
                }
                """.formatted("a".repeat(64), "b".repeat(64)));
    }

    @Test
    void aRevisionFolderWithoutManifestIsSetAsideAndPublishedAgain() throws IOException {
        Archive archive = new Archive(root, Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC));
        Publication r1 = archive.publish("2026-Q3", "GM0014", input("run-41"),
                rendered(scratch, "%PDF rapport", "xlsx werkmap"));
        // What an older version left when it was killed while writing r2: a 0-byte file and no manifest.json.
        Path leftover = Files.createDirectories(root.resolve("2026-Q3/GM0014/r2"));
        Files.createFile(leftover.resolve(PDF));

        Publication r2 = archive.publish("2026-Q3", "GM0014", input("run-42"),
                rendered(scratch, "%PDF rapport, gecorrigeerd", "xlsx werkmap"));

        Path aside = root.resolve("2026-Q3/GM0014/.onvolledig-r2-20261116T090000");
        assertThat(aside.resolve(PDF)).exists().isEmptyFile();
        assertThat(r2.revision()).isEqualTo(2);
        assertThat(r2.created()).isTrue();
        assertThat(r2.folder().resolve(PDF)).hasContent("%PDF rapport, gecorrigeerd");
        assertThat(Manifest.parse(Files.readAllBytes(r2.manifest())).previousManifestSha256())
                .isEqualTo(sha256(r1.manifest()));
        ArchiveVerifier.VerificationResult verified = new ArchiveVerifier().verify(root);
        assertThat(verified.ok()).isTrue();
        assertThat(verified.manifestsChecked()).isEqualTo(2);
        assertThat(verified.leftovers()).containsExactly(aside);
    }

    @Test
    void aScratchFolderOfAKilledPublicationIsNoRevisionAndIsRemovedByTheNextPublication() throws Exception {
        Archive archive = new Archive(root);
        archive.publish("2026-Q3", "GM0014", input("run-41"), rendered(scratch, "%PDF rapport", "xlsx werkmap"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = Files.createDirectories(root.resolve("2026-Q3/GM0014/.r2.partial-" + gone.pid() + "-1"));
        Files.createFile(killed.resolve(PDF));
        Path running = Files.createDirectories(root.resolve("2026-Q3/GM0014/.r2.partial-"
                + ProcessHandle.current().pid() + "-999"));

        ArchiveVerifier.VerificationResult afterKill = new ArchiveVerifier().verify(root);
        assertThat(afterKill.ok()).isTrue();
        assertThat(afterKill.leftovers()).containsExactlyInAnyOrder(killed, running);
        assertThat(archive.latestRevision("2026-Q3", "GM0014")).isEqualTo(1);

        Publication r2 = archive.publish("2026-Q3", "GM0014", input("run-42"),
                rendered(scratch, "%PDF rapport, gecorrigeerd", "xlsx werkmap"));

        assertThat(r2.revision()).isEqualTo(2);
        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        try (var entries = Files.list(root.resolve("2026-Q3/GM0014"))) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(running.getFileName().toString(), "r1", "r2");
        }
    }

    @Test
    void namesThatLeaveTheirFolderAreRefused() {
        Archive archive = new Archive(root);
        Path pdf = Publications.write(scratch.resolve("pdf.tmp"), "%PDF rapport");

        assertThatThrownBy(() -> archive.publish("2026-Q3", "GM0014", input("run-41"), Map.of("../" + PDF, pdf)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../" + PDF);
        assertThatThrownBy(() -> archive.publish("..", "GM0014", input("run-41"), Map.of(PDF, pdf)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.publish("2026-Q3", "GM0014", input("run-41"), Map.of("manifest.json", pdf)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root).isEmptyDirectory();
    }

    private static TreeMap<String, String> reversed(Map<String, String> map) {
        TreeMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(map);
        return reversed;
    }
}
