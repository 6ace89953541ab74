package nl.participatiemonitor.audit;

/** Who an action is recorded for: the name given with {@code --as}, else the operating-system user. */
public final class Actor {

    /** The audit name of work the scheduler started for a job. */
    public static String scheduler(String job) {
        return "planner:" + job;
    }

    private Actor() {
    }

    public static String of(String as) {
        if (as != null && !as.isBlank()) {
            return as.trim();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "onbekend" : user;
    }
}
