package nl.participatiemonitor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The message for work that runs elsewhere names the work in a proper Dutch and English sentence. */
class AlreadyRunningMessageTest {

    @Test
    void eachJobIsNamedAsTheSubjectOfASentence() {
        assertThat(new ExclusiveJobRuns.AlreadyRunningException("indicatoren").getMessage()).isEqualTo(
                "De berekening van deze indicatoren loopt op dit moment al in een ander proces. Wacht tot die klaar is. "
                        + "/ The computation of these indicators is running in another process right now. Wait until "
                        + "it has finished.");
        assertThat(new ExclusiveJobRuns.AlreadyRunningException("import").getMessage())
                .startsWith("De import van deze levering loopt").contains("/ The import of this delivery is running");
        assertThat(new ExclusiveJobRuns.AlreadyRunningException("publicatie").getMessage())
                .startsWith("De publicatie van deze periode loopt").contains("/ The publication of this period is running");
        assertThat(new ExclusiveJobRuns.AlreadyRunningException("inbox").getMessage())
                .startsWith("Het ophalen van de inbox loopt").contains("/ The inbox collection is running");
        assertThat(new ExclusiveJobRuns.AlreadyRunningException("import van bron zaaksysteem").getMessage())
                .startsWith("De import van bron zaaksysteem loopt")
                .contains("/ The import of source zaaksysteem is running");
    }
}
