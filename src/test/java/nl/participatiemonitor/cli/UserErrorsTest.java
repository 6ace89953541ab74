package nl.participatiemonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A folder or file the command cannot read is the user's to mend: one message, no stack trace. */
class UserErrorsTest {

    @Test
    void aFolderWithoutPermissionIsOneMessage() {
        AccessDeniedException denied = new AccessDeniedException("/srv/inbox/gm0014/levering-1");

        assertThat(UserErrors.isBug(denied)).isFalse();
        assertThat(UserErrors.describe(denied)).isEqualTo("Kan /srv/inbox/gm0014/levering-1 niet lezen (geen toegang / "
                + "access denied). Controleer het pad en de rechten van de gebruiker waaronder de opdracht draait en "
                + "probeer het opnieuw. / Cannot read /srv/inbox/gm0014/levering-1 (geen toegang / access denied). "
                + "Check the path and the permissions of the user the command runs as, and try again.");
    }

    @Test
    void aFileThatWentAwayIsOneMessage() {
        NoSuchFileException gone = new NoSuchFileException("/srv/inbox/gm0014/levering-1/klachten.csv");

        assertThat(UserErrors.isBug(gone)).isFalse();
        assertThat(UserErrors.describe(gone)).startsWith("Kan /srv/inbox/gm0014/levering-1/klachten.csv niet lezen "
                + "(bestaat niet / does not exist).");
    }
}
