package nl.participatiemonitor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code subscriptions add|list|remove} as a controller uses them, and clear words for a mistake. */
@IntegrationTest
class SubscriptionsCommandTest {

    @Autowired
    ApplicationContext context;

    @Test
    void addListAndRemove() {
        CliRun griffie = CliRun.run(context, "subscriptions", "add", "--email", "griffie@kampen.nl", "--audience", "raad",
                "--municipality", "GM0166");
        CliRun controller = CliRun.run(context, "subscriptions", "add", "--email", "controller@kampen.nl",
                "--audience", "controller", "--municipality", "gm0166,GM0014");
        CliRun supervisor = CliRun.run(context, "subscriptions", "add", "--email", "toezicht@provincie.nl",
                "--audience", "toezicht");

        assertThat(griffie.exitCode()).as(griffie.err()).isZero();
        assertThat(griffie.out()).contains("griffie@kampen.nl krijgt de rapporten van doelgroep raad voor GM0166.");
        assertThat(controller.out()).contains("controller@kampen.nl krijgt meldingen voor GM0014, GM0166.");
        assertThat(supervisor.out()).contains("voor alle gemeenten.");
        CliRun list = CliRun.run(context, "subscriptions", "list");
        assertThat(list.out()).contains("griffie@kampen.nl", "raad", "GM0166", "controller@kampen.nl", "controller",
                "toezicht@provincie.nl", "alle gemeenten");

        String id = griffie.out().replaceAll("(?s)^Abonnement (\\d+):.*", "$1");
        CliRun removed = CliRun.run(context, "subscriptions", "remove", id);
        assertThat(removed.out()).contains("Abonnement " + id + " is verwijderd.");
        assertThat(CliRun.run(context, "subscriptions").out()).doesNotContain("griffie@kampen.nl");
        CliRun again = CliRun.run(context, "subscriptions", "remove", id);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Er is geen abonnement " + id);
    }

    @Test
    void refusesWhatCannotBeDelivered() {
        assertThat(CliRun.run(context, "subscriptions", "add", "--email", "griffie", "--audience", "raad").err())
                .contains("'griffie' is geen e-mailadres.");
        assertThat(CliRun.run(context, "subscriptions", "add", "--email", "a@b.nl", "--audience", "pers").err())
                .contains("Doelgroep 'pers' is onbekend; kies uit raad, toezicht, jaaroverzicht, dossier, controller.");
        assertThat(CliRun.run(context, "subscriptions", "add", "--email", "a@b.nl", "--audience", "raad",
                "--municipality", "GM9999").err()).contains("Gemeente GM9999 is onbekend");
        assertThat(CliRun.run(context, "subscriptions").out()).contains("Nog geen abonnementen");
    }
}
