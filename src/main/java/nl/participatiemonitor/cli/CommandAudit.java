package nl.participatiemonitor.cli;

import java.util.ArrayList;
import java.util.List;
import nl.participatiemonitor.audit.Actor;
import nl.participatiemonitor.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Records every command that reached the application in the audit trail, in one place around command
 * execution: who, the command, its parameters and its result (exit code, and the message when it
 * failed). It hands the commands an application source whose sessions stay open until the command is
 * recorded; commands that never open the application (help, verify, generate) change nothing and are
 * not recorded. {@code serve} records its own start and stop.
 */
final class CommandAudit implements ApplicationContextSource {

    private final ApplicationContextSource application;
    private final List<Session> sessions = new ArrayList<>();
    private String failure;

    CommandAudit(ApplicationContextSource application) {
        this.application = application;
    }

    @Override
    public Session open() {
        Session session = application.open();
        sessions.add(session);
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
            ParseResult parsed = commandLine.getParseResult();
            if (sessions.isEmpty() || parsed == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
                names.add(p.commandSpec().name());
                if (p.commandSpec().userObject() instanceof SelfAudited) {
                    return;
                }
            }
            String result = "exitcode " + exitCode + (failure == null ? "" : ": " + failure);
            sessions.get(sessions.size() - 1).bean(AuditTrail.class)
                    .record(Actor.of(as), String.join(" ", names), String.join(" ", withoutAs(args)), result);
        } finally {
            sessions.forEach(Session::close);
        }
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
