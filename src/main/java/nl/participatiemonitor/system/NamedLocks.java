package nl.participatiemonitor.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * MariaDB named locks for work that must not run twice at once on any machine of an installation: held on a
 * connection of their own for as long as the work runs, and gone with that connection when a process dies, so a
 * killed process never leaves a lock behind.
 */
@Component
public class NamedLocks {

    private final DataSource dataSource;

    NamedLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it releases it. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the lock for {@code purpose} when nobody holds it, without waiting; empty when another holds it. */
    public Optional<Lock> tryLock(String purpose) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            String name = name(connection.getCatalog(), purpose);
            if (!call(connection, "GET_LOCK(?, 0)", name)) {
                connection.close();
                return Optional.empty();
            }
            Connection holder = connection;
            return Optional.of(() -> {
                try (holder) {
                    // The pool keeps the physical connection open: release explicitly.
                    call(holder, "RELEASE_LOCK(?)", name);
                } catch (SQLException e) {
                    throw new IllegalStateException("Lock " + purpose + " could not be released: " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Lock " + purpose + " could not be taken: " + e.getMessage(), e);
        }
    }

    /**
     * A lock name of at most 64 characters for {@code purpose} in {@code database}. Named locks are server-wide: two
     * installations (or test runs) in different databases on one server must not hold each other's locks.
     */
    static String name(String database, String purpose) {
        return "pm-" + Sha256.of(database + "/" + purpose).substring(0, 40);
    }

    private static boolean call(Connection connection, String function, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
