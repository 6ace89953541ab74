package nl.participatiemonitor.source;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.participatiemonitor.ingest.CanonicalEntity;

/**
 * How one real-world source (a complaint register in Excel, a client system's CSV export, a
 * case-management database) maps onto one canonical entity: read once from {@code config/sources/*.yml}
 * and checked at start-up. Every delivery from the source is imported through this mapping with the
 * same validation, rejects and history as a canonical delivery; its {@code bron} is the source's id.
 *
 * @param file the YAML file it was read from, named in every message about it
 * @param fingerprint SHA-256 of the file's bytes: part of a delivery's identity, so a corrected
 *     definition imports the same file anew
 * @param municipality the municipality the source belongs to, or null when a column gives it
 * @param gr the GR the source belongs to when a GR delivers for its members (municipality per row)
 * @param columns the canonical columns in the order they were written, each with where its value comes from
 * @param values value mappings per canonical column
 * @param period a fixed period (2026-Q3) or a kind (month, quarter, half-year, year: the last complete
 *     one before the day of import), or null
 */
public record SourceDefinition(Path file, String fingerprint, String id, String description, String municipality,
        String gr, CanonicalEntity entity, Kind kind, FileLayout layout, Mode mode, List<ColumnRule> columns,
        Map<String, ValueMapping> values, DateFormats dates, String period, JdbcSettings jdbc) {

    /** Where the records come from. */
    public enum Kind { CSV, XLSX, JDBC }

    /**
     * What a delivery says about records it does not hold: in a snapshot they no longer exist (they are
     * marked ended or withdrawn, never deleted); in a delta nothing changes for them.
     */
    public enum Mode { SNAPSHOT, DELTA }

    /**
     * Where one canonical column's value comes from: one source column, several joined with a separator
     * (a date and a time kept apart), or a constant.
     */
    public record ColumnRule(String target, List<String> sourceColumns, String separator, String constant) {

        public boolean isConstant() {
            return constant != null;
        }
    }

    /**
     * Source values and the canonical value each stands for, matched ignoring case and surrounding or
     * repeated spaces. An unmapped value is rejected, kept as delivered, or replaced by a default.
     */
    public record ValueMapping(Map<String, String> mapped, Unmapped unmapped, String defaultValue) {

        public enum Unmapped { REJECT, KEEP, DEFAULT }
    }

    /** The date formats a source writes (ISO yyyy-MM-dd is always understood), and whether Excel serial numbers occur. */
    public record DateFormats(List<String> patterns, boolean excelSerials) {
    }

    /**
     * A case-management database read with a SELECT that has the named parameters {@code :since} and
     * {@code :until}; the password may come from an environment variable ({@code ${NAME}}).
     */
    public record JdbcSettings(String url, String username, String password, String query, int fetchSize,
            Duration connectTimeout, Duration queryTimeout, LocalDateTime start) {

        /** The URL without its parameters, which may hold credentials: what messages and logs show. */
        public String shownUrl() {
            int question = url.indexOf('?');
            return question < 0 ? url : url.substring(0, question);
        }
    }

    public boolean isJdbc() {
        return kind == Kind.JDBC;
    }

    /** The rule for a canonical column, if the definition maps it. */
    public Optional<ColumnRule> rule(String target) {
        return columns.stream().filter(c -> c.target().equals(target)).findFirst();
    }

    /** The canonical column names the mapping produces, in the order a mapped row holds them. */
    public List<String> canonicalHeader() {
        List<String> header = new java.util.ArrayList<>(columns.stream().map(ColumnRule::target).toList());
        if (suppliesMunicipality()) {
            header.add("gemeente_code");
        }
        return List.copyOf(header);
    }

    /** Whether the definition's own municipality fills gemeente_code, which no column gives. */
    public boolean suppliesMunicipality() {
        return municipality != null && entity.columns().contains("gemeente_code") && rule("gemeente_code").isEmpty();
    }

    /** The source columns the mapping reads, each once, in the order the definition names them. */
    public List<String> sourceColumns() {
        return columns.stream().flatMap(c -> c.sourceColumns().stream()).distinct().toList();
    }

    /** The canonical column that identifies the client ({@code client_id} or {@code bsn}), if any. */
    public Optional<ColumnRule> clientRule() {
        return columns.stream().filter(c -> c.target().equals("bsn") || entity.isClient(c.target())).findFirst();
    }

    /** The period a delivery imported on {@code today} covers, unless the delivery names one itself. */
    public String periodOn(LocalDate today) {
        if (period == null || period.matches("\\d{4}.*")) {
            return period;
        }
        int months = switch (period) {
            case "month" -> 1;
            case "quarter" -> 3;
            case "half-year" -> 6;
            default -> 12;
        };
        int index = (today.getMonthValue() - 1) / months;
        LocalDate start = LocalDate.of(today.getYear(), index * months + 1, 1).minusMonths(months);
        int number = (start.getMonthValue() - 1) / months + 1;
        return switch (period) {
            case "month" -> String.format("%04d-%02d", start.getYear(), number);
            case "quarter" -> start.getYear() + "-Q" + number;
            case "half-year" -> start.getYear() + "-H" + number;
            default -> String.valueOf(start.getYear());
        };
    }

    /** How messages name the definition: its id and its file. */
    public String shownName() {
        return id + " (" + file + ")";
    }
}
