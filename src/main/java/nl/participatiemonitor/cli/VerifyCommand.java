package nl.participatiemonitor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.participatiemonitor.report.archive.ArchiveVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verify <archive folder>}: recomputes every hash of the publication archive and its manifest chain. */
@Command(name = "verify", description = "Controleert het archief van publicaties: de SHA-256 en grootte van elk bestand "
        + "en de keten van manifesten. Noemt het eerste bestand of manifest dat niet klopt. Exitcode 0 klopt, 1 niet.")
class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<map>", description = "Het archief, of een periode-, scope- of revisiemap daarin.")
    Path folder;

    @Override
    public Integer call() {
        ArchiveVerifier.VerificationResult result = new ArchiveVerifier().verify(folder);
        PrintWriter out = spec.commandLine().getOut();
        for (java.nio.file.Path leftover : result.leftovers()) {
            out.printf("Overgeslagen, geen deel van het archief (onderbroken of lopende publicatie): %s%n", leftover);
        }
        if (result.ok()) {
            out.printf("Archief klopt: %d manifesten en %d bestanden gecontroleerd.%n", result.manifestsChecked(),
                    result.filesChecked());
            return Main.OK;
        }
        ArchiveVerifier.Problem problem = result.firstProblem().orElseThrow();
        out.printf("Archief klopt niet: %s%n  %s%n  (%s)%n", problem.path(), problem.dutch(), problem.english());
        return Main.FAILED;
    }
}
