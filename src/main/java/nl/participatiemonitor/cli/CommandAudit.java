package nl.participatiemonitor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Records every command that reached the application in the audit trail, in one place around command
 * execution: who, the command and its parameters as soon as the application is open, before the command
 * works (result {@value #STARTED}), and again with its result (exit code, and the message when it failed) when
 * it ends; a command killed on its way leaves its start row. It hands the commands an application source whose
 * sessions stay open until the command is recorded; commands that never open the application (help, verify,
 * generate) change nothing and are not recorded. {@code serve} records its own start and stop.
 */
final class CommandAudit implements ApplicationContextSource {

    /** The result of the row written when a command starts. */
    static final String STARTED = "gestart";

    private final ApplicationContextSource application;
    private final List<Session> sessions = new ArrayList<>();
    private String failure;
    private CommandLine commandLine;
    private Supplier<String> as;
    private List<String> args = List.of();

    CommandAudit(ApplicationContextSource application) {
        this.application = application;
    }

    /** The command about to run, so its start can be recorded as soon as it opens the application. */
    void starting(CommandLine commandLine, Supplier<String> as, List<String> args) {
        this.commandLine = commandLine;
        this.as = as;
        this.args = args;
    }

    @Override
    public ApplicationContextSource with(String... springArgs) {
        ApplicationContextSource started = application.with(springArgs);
        return () -> track(started.open());
    }

    @Override
    public Session open() {
        return track(application.open());
    }

    private Session track(Session session) {
        sessions.add(session);
        if (sessions.size() == 1 && commandLine != null) {
            record(session, commandLine, as.get(), args, STARTED);
        }
        return new Session() {
            public <T> T bean(Class<T> type) {
                return session.bean(type);
            }

            public void close() {
                // closed in finish(), once the command is recorded
            }
        };
    }

    /** Remembers why the command failed, for its audit row. */
    void failed(Throwable e) {
        failure = UserErrors.describe(e);
    }

    /** Records the command if it reached the application, then closes what it opened. */
    void finish(CommandLine commandLine, String as, List<String> args, int exitCode) {
        try {
            if (sessions.isEmpty()) {
                return;
            }
            String result = "exitcode " + exitCode + (failure == null ? "" : ": " + failure);
            record(sessions.get(sessions.size() - 1), commandLine, as, args, result);
        } finally {
            sessions.forEach(Session::close);
        }
    }

    private static void record(Session session, CommandLine commandLine, String as, List<String> args, String result) {
        ParseResult parsed = commandLine.getParseResult();
        if (parsed == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            names.add(p.commandSpec().name());
            if (p.commandSpec().userObject() instanceof SelfAudited) {
                return;
            }
        }
        session.bean(AuditTrail.class).record(Actor.of(as), String.join(" ", names), String.join(" ", withoutAs(args)),
                result);
    }

    /** The arguments as given, without the {@code --as} that is recorded as who. */
    private static List<String> withoutAs(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--as")) {
                i++;
            } else if (!args.get(i).startsWith("--as=")) {
                kept.add(args.get(i));
            }
        }
        return kept;
    }

    /** A command that writes its own audit rows (a long-running one records its start and its stop). */
    interface SelfAudited {
    }
}
