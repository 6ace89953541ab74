package nl.participatiemonitor.source;

/**
 * A database source that could not be read this time (unreachable, refused the login, query failed or took
 * too long). Nothing was imported and its watermark is unchanged, so the next run reads the same rows again.
 */
public class SourceUnavailableException extends RuntimeException {

    private final String dutch;

    public SourceUnavailableException(String dutch, String english, Throwable cause) {
        super(english, cause);
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return getMessage();
    }
}
