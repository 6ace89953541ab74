package nl.participatiemonitor.source;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads what changed in a database source between two moments and writes it as a CSV file that the
 * source's mapping then imports like any delivery: the definition's SELECT runs with {@code :since} and
 * {@code :until} bound, streamed with the definition's fetch size, under its connection and query
 * timeouts. Only the columns the definition maps are written, and a client identifier only as its
 * pseudonym, so no raw id or BSN reaches the disk. Not thread-safe.
 */
public final class JdbcExtract {

    /** What the extract writes for a client identifier that could not be pseudonymised (an invalid BSN). */
    public static final String INVALID_CLIENT = "ongeldig";

    private final SourceDefinition definition;

    public JdbcExtract(SourceDefinition definition) {
        if (!definition.isJdbc()) {
            throw new IllegalArgumentException(definition.id() + " is not a database source");
        }
        this.definition = definition;
    }

    /**
     * Writes the rows changed in (since, until] to {@code target}; the file appears only when complete.
     *
     * @param pseudonym turns a client identifier into its pseudonym, or null when it is not a valid one
     * @return the number of rows written
     * @throws SourceUnavailableException when the database cannot be reached or the query fails
     */
    public long write(LocalDateTime since, LocalDateTime until, Path target, UnaryOperator<String> pseudonym)
            throws IOException {
        SourceDefinition.JdbcSettings jdbc = definition.jdbc();
        List<String> order = new ArrayList<>();
        String sql = positional(jdbc.query(), order);
        Properties login = new Properties();
        login.setProperty("user", jdbc.username());
        login.setProperty("password", jdbc.password());
        login.setProperty("connectTimeout", String.valueOf(jdbc.connectTimeout().toMillis()));
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.getParent());
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbc.url(), login);
        } catch (SQLException e) {
            throw new SourceUnavailableException(
                    "Bron " + definition.id() + " is niet bereikbaar (" + jdbc.shownUrl() + "): " + e.getMessage()
                            + ". Er is niets geïmporteerd en het watermerk is ongewijzigd; de volgende run probeert het "
                            + "opnieuw.",
                    "Source " + definition.id() + " cannot be reached (" + jdbc.shownUrl() + "): " + e.getMessage()
                            + ". Nothing was imported and the watermark is unchanged; the next run tries again.", e);
        }
        long rows = 0;
        try (connection;
                PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(jdbc.fetchSize());
            statement.setQueryTimeout((int) Math.max(1, jdbc.queryTimeout().toSeconds()));
            for (int i = 0; i < order.size(); i++) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(order.get(i).equals("since") ? since : until));
            }
            try (ResultSet result = statement.executeQuery();
                    Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.RFC4180.builder().setDelimiter(';').get().print(out)) {
                List<String> columns = definition.sourceColumns();
                int[] positions = positions(result.getMetaData(), columns);
                String clientColumn = definition.clientRule().filter(r -> !r.isConstant())
                        .map(r -> r.sourceColumns().get(0)).orElse(null);
                csv.printRecord(columns);
                List<String> record = new ArrayList<>(columns.size());
                while (result.next()) {
                    record.clear();
                    for (int c = 0; c < columns.size(); c++) {
                        String value = text(result.getObject(positions[c]));
                        if (columns.get(c).equals(clientColumn) && !value.isEmpty()) {
                            String hashed = pseudonym.apply(value);
                            value = hashed == null ? INVALID_CLIENT : hashed;
                        }
                        record.add(value);
                    }
                    csv.printRecord(record);
                    rows++;
                }
            }
        } catch (SQLTimeoutException e) {
            Files.deleteIfExists(partial);
            throw new SourceUnavailableException(
                    "De query van bron " + definition.id() + " duurde langer dan " + jdbc.queryTimeout().toSeconds()
                            + " seconden (query-timeout) en is afgebroken. Er is niets geïmporteerd en het watermerk is "
                            + "ongewijzigd.",
                    "The query of source " + definition.id() + " took longer than " + jdbc.queryTimeout().toSeconds()
                            + " seconds (query-timeout) and was stopped. Nothing was imported and the watermark is "
                            + "unchanged.", e);
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw new SourceUnavailableException(
                    "De query van bron " + definition.id() + " (" + definition.file() + ") is mislukt: " + e.getMessage()
                            + ". Er is niets geïmporteerd en het watermerk is ongewijzigd.",
                    "The query of source " + definition.id() + " (" + definition.file() + ") failed: " + e.getMessage()
                            + ". Nothing was imported and the watermark is unchanged.", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** The query with {@code :since} and {@code :until} (outside quotes) replaced by '?', noting their order. */
    static String positional(String query, List<String> order) {
        StringBuilder sql = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == ':' && (i == 0 || query.charAt(i - 1) != ':')) {
                String rest = query.substring(i + 1);
                String name = rest.startsWith("since") ? "since" : rest.startsWith("until") ? "until" : null;
                if (name != null && (rest.length() == name.length()
                        || !Character.isLetterOrDigit(rest.charAt(name.length())) && rest.charAt(name.length()) != '_')) {
                    order.add(name);
                    sql.append('?');
                    i += name.length();
                    continue;
                }
            }
            sql.append(c);
        }
        return sql.toString();
    }

    /** Where each mapped column is in the result (labels matched ignoring case and spaces). */
    private int[] positions(ResultSetMetaData meta, List<String> columns) throws SQLException {
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            byLabel.putIfAbsent(SourceDefinitionReader.normalised(meta.getColumnLabel(i)), i);
        }
        int[] positions = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Integer position = byLabel.get(SourceDefinitionReader.normalised(columns.get(c)));
            if (position == null) {
                throw new IllegalArgumentException(definition.file() + ": de query van bron " + definition.id()
                        + " levert geen kolom '" + columns.get(c) + "', die 'columns' leest; geef de kolom die naam met AS. "
                        + "/ the query of source " + definition.id() + " gives no column '" + columns.get(c)
                        + "', which 'columns' reads; name the column so with AS.");
            }
            positions[c] = position;
        }
        return positions;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString().strip();
    }
}
