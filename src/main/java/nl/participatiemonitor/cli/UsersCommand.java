package nl.participatiemonitor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.web.Account;
import nl.participatiemonitor.web.Accounts;
import nl.participatiemonitor.web.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code users}: the accounts of the web console; a password is only ever read from standard input. */
@Command(name = "users", description = "Toont de gebruikers van de webconsole, met rol en gemeenten.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Disable.class, UsersCommand.Password.class})
class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    private final ApplicationContextSource application;

    UsersCommand(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplicationContextSource.Session session = application.open()) {
            List<Account> accounts = session.bean(Accounts.class).list();
            for (Account account : accounts) {
                out.printf("%-24s %-10s %-30s %s%n", account.name(), account.role().id(), account.scopeText(),
                        !account.enabled() ? "uitgeschakeld" : account.lockedUntil().isPresent() ? "geblokkeerd tot "
                                + account.lockedUntil().get() + " UTC" : "actief");
            }
            if (accounts.isEmpty()) {
                out.println("Nog geen gebruikers. Maak de eerste beheerder met: users add <naam> --role beheerder "
                        + "--password-stdin");
            }
            return Main.OK;
        }
    }

    /** Reads the password: the first line of standard input, so it never appears in the shell history or ps. */
    static String passwordFromStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("Geef het wachtwoord op de eerste regel van standaardinvoer, "
                        + "bijvoorbeeld: printf '%s\\n' \"$WACHTWOORD\" | ... --password-stdin");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("Het wachtwoord kon niet van standaardinvoer worden gelezen: "
                    + e.getMessage(), e);
        }
    }

    /** {@code users add <name> --role <role> [--municipality GM0014 ...] [--gr <code>] [--all] --password-stdin}. */
    @Command(name = "add", description = "Maakt een gebruiker van de webconsole. Het wachtwoord komt van "
            + "standaardinvoer (minstens 12 tekens).")
    static class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        UsersCommand parent;

        @Parameters(paramLabel = "<naam>", description = "Gebruikersnaam.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "<rol>",
                description = "raad, toezicht, controller, toetser of beheerder.")
        String role;

        @Option(names = "--municipality", arity = "1..*", paramLabel = "<GM....>",
                description = "Gemeente(n) waarvoor de gebruiker werkt (CBS-code).")
        List<String> municipalities = new ArrayList<>();

        @Option(names = "--gr", paramLabel = "<code>", description = "Gemeenschappelijke regeling: haar leden horen erbij.")
        String gr;

        @Option(names = "--all", description = "Alle gemeenten (landelijke toezichthouder of toetser).")
        boolean all;

        @Option(names = "--password-stdin", required = true, description = "Lees het wachtwoord van standaardinvoer.")
        boolean passwordStdin;

        private final ApplicationContextSource application;

        Add(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            Role parsed = Role.parse(role);
            String password = passwordFromStdin();
            try (ApplicationContextSource.Session session = application.open()) {
                Account account = session.bean(Accounts.class).add(new Accounts.NewAccount(name, parsed,
                        municipalities, Optional.ofNullable(gr), all), password, Actor.of(parent.main.as));
                spec.commandLine().getOut().printf("Gebruiker %s gemaakt: %s voor %s.%n", account.name(),
                        account.role().label(), account.scopeText());
                return Main.OK;
            }
        }
    }

    /** {@code users disable <name>}. */
    @Command(name = "disable", description = "Zet een gebruiker uit: hij kan niet meer aanmelden.")
    static class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        UsersCommand parent;

        @Parameters(paramLabel = "<naam>")
        String name;

        private final ApplicationContextSource application;

        Disable(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ApplicationContextSource.Session session = application.open()) {
                session.bean(Accounts.class).disable(name, Actor.of(parent.main.as));
                spec.commandLine().getOut().printf("Gebruiker %s kan niet meer aanmelden.%n", name);
                return Main.OK;
            }
        }
    }

    /** {@code users password <name> --password-stdin}. */
    @Command(name = "password", description = "Geeft een gebruiker een nieuw wachtwoord (van standaardinvoer) en "
            + "heft een blokkade op.")
    static class Password implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        UsersCommand parent;

        @Parameters(paramLabel = "<naam>")
        String name;

        @Option(names = "--password-stdin", required = true, description = "Lees het wachtwoord van standaardinvoer.")
        boolean passwordStdin;

        private final ApplicationContextSource application;

        Password(ApplicationContextSource application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            String password = passwordFromStdin();
            try (ApplicationContextSource.Session session = application.open()) {
                session.bean(Accounts.class).changePassword(name, password, Actor.of(parent.main.as));
                spec.commandLine().getOut().printf("Gebruiker %s heeft een nieuw wachtwoord.%n", name);
                return Main.OK;
            }
        }
    }
}
