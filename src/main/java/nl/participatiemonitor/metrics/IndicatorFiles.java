package nl.participatiemonitor.metrics;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.participatiemonitor.system.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a run's figures for its period in the machine-readable form of METRICS.md:
 * {@code indicatoren.csv} (every value, unsuppressed: for reviewers), {@code open-data.csv} (the same
 * rows with small numbers suppressed and CBS markers) and {@code signalen.csv}.
 */
@Component
public class IndicatorFiles {

    /** The file with every value unsuppressed: for reviewers only, published in a restricted scope. */
    public static final String UNSUPPRESSED = "indicatoren.csv";

    static final String[] HEADER = {"gemeente_code", "periode", "indicator", "dimensie", "waarde", "teller", "noemer",
            "onderdrukt"};
    static final String[] SIGNAL_HEADER = {"gemeente_code", "periode", "signaal", "indicator", "dimensie", "waarde",
            "norm", "normbron", "tekst"};

    static final String CATALOGUE_ORDER = Arrays.stream(Indicator.values()).map(i -> "'" + i.code() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final NormsFile norms;

    IndicatorFiles(JdbcTemplate jdbc, NormsFile norms) {
        this.jdbc = jdbc;
        this.norms = norms;
    }

    /** One stored figure. */
    record Row(String municipality, String period, Indicator indicator, String dimension, Long teller, Long noemer,
            BigDecimal value) {

        boolean isCount() {
            return IndicatorFiles.isCount(indicator, dimension);
        }

        boolean isRatio() {
            return IndicatorFiles.isRatio(indicator, dimension);
        }

        /** The name of the breakdown a cell belongs to ({@code kanaal}, {@code orgaan}), or empty for a total. */
        String breakdown() {
            return dimension.isEmpty() ? "" : dimension.substring(0, dimension.indexOf('='));
        }
    }

    public List<Path> write(long runId, Period period, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Row> rows = rows(runId, period);
        Path all = folder.resolve(UNSUPPRESSED);
        try (CSVPrinter csv = printer(all, HEADER)) {
            for (Row row : rows) {
                csv.printRecord(FormulaGuard.csv(row.municipality(), row.period(), row.indicator().code(), row.dimension(),
                        value(row), ratioPart(row, row.teller()), ratioPart(row, row.noemer()), "N"));
            }
        }
        Path open = folder.resolve("open-data.csv");
        try (CSVPrinter csv = printer(open, HEADER)) {
            for (ShownFigure figure : new OpenData(norms).suppress(rows)) {
                csv.printRecord(FormulaGuard.csv(figure.municipality(), figure.period(), figure.indicator().code(),
                        figure.dimension(), figure.shown(), figure.shownTeller(), figure.shownNoemer(),
                        figure.suppressed() ? "J" : "N"));
            }
        }
        Path signals = folder.resolve("signalen.csv");
        try (CSVPrinter csv = printer(signals, SIGNAL_HEADER)) {
            jdbc.query("""
                    SELECT gemeente_code, periode, signaal, indicator, dimensie, waarde, norm, normbron, tekst
                    FROM signalen WHERE run_id = ? ORDER BY gemeente_code, signaal, dimensie""",
                    rs -> {
                        try {
                            csv.printRecord(FormulaGuard.csv(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                    rs.getString(9)));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, runId);
        }
        return List.of(all, open, signals);
    }

    List<Row> rows(long runId, Period period) {
        return rows("periode = ?", runId, period.label());
    }

    /** Every figure of one municipality in a run, all its periods, oldest period first. */
    List<Row> rows(long runId, String municipality) {
        return rows("gemeente_code = ?", runId, municipality);
    }

    private List<Row> rows(String condition, long runId, String value) {
        return jdbc.query("SELECT gemeente_code, periode, indicator, dimensie, teller, noemer, waarde FROM indicatorwaarden "
                        + "WHERE run_id = ? AND " + condition + " ORDER BY gemeente_code, periode, FIELD(indicator, "
                        + CATALOGUE_ORDER + "), dimensie",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), Indicator.valueOf(rs.getString(3)), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getBigDecimal(7)),
                runId, value);
    }

    /** Whether a figure is a count: a count indicator, or a cell of a ratio's breakdown (A4 per uitkomst). */
    static boolean isCount(Indicator indicator, String dimension) {
        Indicator.Kind kind = indicator.kind();
        return kind == Indicator.Kind.COUNT || kind == Indicator.Kind.BODY_FACT
                || kind == Indicator.Kind.RATIO && !dimension.isEmpty();
    }

    /** Whether teller and noemer are written: for ratios, not for counts. */
    static boolean isRatio(Indicator indicator, String dimension) {
        return !isCount(indicator, dimension) && indicator.kind().isRatio();
    }

    /** The value as METRICS.md writes it: counts as integers, fractions with six decimals, K2 and C3 with one. */
    static String value(Row row) {
        if (row.value() == null) {
            return "";
        }
        if (row.isCount()) {
            return row.value().setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        int decimals = switch (row.indicator().kind()) {
            case RATE, MEDIAN -> 1;
            default -> 6;
        };
        return row.value().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Teller and noemer are written for ratios only. */
    static String ratioPart(Row row, Long number) {
        return row.isRatio() && number != null ? number.toString() : "";
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator('\n').setHeader(header).get().print(out);
    }

    /** Suppression of small numbers for the public outputs (METRICS.md "Small numbers"). */
    static final class OpenData {

        private final NormsFile norms;

        OpenData(NormsFile norms) {
            this.norms = norms;
        }

        List<ShownFigure> suppress(List<Row> rows) {
            List<ShownFigure> records = new ArrayList<>();
            int i = 0;
            while (i < rows.size()) {
                Row first = rows.get(i);
                int end = i + 1;
                while (end < rows.size() && sameBreakdown(first, rows.get(end))) {
                    end++;
                }
                records.addAll(first.breakdown().isEmpty() || !first.indicator().kind().suppressible()
                        ? rows.subList(i, end).stream().map(this::single).toList()
                        : breakdown(rows.subList(i, end)));
                i = end;
            }
            return linked(records);
        }

        /** The records with {@link LinkedCells} applied per municipality and period, in the same order. */
        private List<ShownFigure> linked(List<ShownFigure> records) {
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int r = 0; r < records.size(); r++) {
                groups.computeIfAbsent(records.get(r).municipality() + "|" + records.get(r).period(),
                        g -> new ArrayList<>()).add(r);
            }
            ShownFigure[] result = records.toArray(new ShownFigure[0]);
            for (List<Integer> group : groups.values()) {
                ShownFigure first = records.get(group.get(0));
                List<ShownFigure> protectedGroup = LinkedCells.protect(group.stream().map(records::get).toList(),
                        norms.forMunicipality(first.municipality()).k());
                for (int g = 0; g < group.size(); g++) {
                    result[group.get(g)] = protectedGroup.get(g);
                }
            }
            return List.of(result);
        }

        private static boolean sameBreakdown(Row a, Row b) {
            return !a.breakdown().isEmpty() && a.municipality().equals(b.municipality()) && a.period().equals(b.period())
                    && a.indicator() == b.indicator() && a.breakdown().equals(b.breakdown());
        }

        private ShownFigure single(Row row) {
            Suppression suppression = suppression(row);
            if (row.indicator() == Indicator.A8 && row.dimension().endsWith(",maat=pw_client") && row.teller() != null
                    && suppression.show(row.teller()).suppressed()) {
                // A8's members who receive bijstand themselves are named people: 1 to k-1 is hidden like any count.
                return record(row, suppression.show(row.teller()).text(), true);
            }
            if (!row.indicator().kind().suppressible()) {
                return record(row, orDash(value(row)), false);
            }
            Suppression.Shown shown = switch (row.indicator().kind()) {
                case COUNT -> suppression.show(row.value().longValue());
                case MEDIAN -> suppression.showRatio(row.noemer(), row.value());
                case RATE -> rate(suppression, row);
                default -> suppression.showRatio(row.noemer(), row.value());
            };
            if (shown.suppressed()) {
                return record(row, shown.text(), true);
            }
            return record(row, orDash(value(row)), false);
        }

        /**
         * K2 (complaints per 1,000 clients) follows the ratio rule, and is also not reliable, so shown as
         * {@code .}, when its teller K1 is a suppressed count: K1 = K2 x B1 / 1000 would give it away.
         */
        private static Suppression.Shown rate(Suppression suppression, Row row) {
            Suppression.Shown shown = suppression.showRatio(row.noemer(), row.value());
            if (!shown.suppressed() && row.value() != null && suppression.show(row.teller()).suppressed()) {
                return new Suppression.Shown(".", true);
            }
            return shown;
        }

        /** Counts of one breakdown: primary suppression per cell and the secondary rule across them. */
        private List<ShownFigure> breakdown(List<Row> cells) {
            List<Suppression.Shown> shown = suppression(cells.get(0))
                    .showBreakdown(cells.stream().map(c -> c.value().longValue()).toList(), true);
            List<ShownFigure> records = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Row cell = cells.get(c);
                records.add(record(cell, shown.get(c).suppressed() ? shown.get(c).text() : value(cell),
                        shown.get(c).suppressed()));
            }
            return records;
        }

        private Suppression suppression(Row row) {
            Norms n = norms.forMunicipality(row.municipality());
            return new Suppression(n.k(), n.minNoemer());
        }

        private static String orDash(String value) {
            return value.isEmpty() ? "-" : value;
        }

        private static ShownFigure record(Row row, String shown, boolean suppressed) {
            return new ShownFigure(row.municipality(), row.period(), row.indicator(), row.dimension(), row.teller(),
                    row.noemer(), row.value(), shown, suppressed);
        }
    }
}
