package nl.participatiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.participatiemonitor.generate.DeliveryGenerator;
import nl.participatiemonitor.generate.GeneratorSettings;
import nl.participatiemonitor.support.CliRun;
import nl.participatiemonitor.support.IntegrationTest;
import nl.participatiemonitor.support.TestClock;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A reader who subtracts cells: every public output of a quarter's run (open-data.csv, the Indicatoren sheet of every
 * raadsrapportage) and of a year's run (the jaaroverzicht CSVs) is read into one pool of known numbers, and the
 * relations METRICS.md defines between figures (a breakdown adds up to its total, K6's teller is K10's informal
 * cell, A4's teller its OVERGENOMEN cell, afgehandeld minus termijn_van_toepassing the outcomes outside the term,
 * a ratio's teller is its value times its noemer) are applied until nothing new follows. No number hidden anywhere
 * may come out. The restricted outputs are readable by their owner only.
 */
@IntegrationTest
class DifferencingAttackTest {

    private static final Set<String> OUTSIDE_TERM = Set.of("INFORMEEL_OPGELOST", "INGETROKKEN", "DOORGEZONDEN",
            "NIET_IN_BEHANDELING");

    @Autowired
    ApplicationContext context;

    @TempDir
    Path deliveries;

    @TempDir
    Path output;

    @Test
    void noHiddenCountCanBeWorkedOutFromThePublicOutputsOfARun() throws Exception {
        new DeliveryGenerator().generate(new GeneratorSettings(deliveries, 3, 450, 11, TestClock.TODAY));
        assertThat(CliRun.run(context, "import", deliveries.toString()).exitCode()).isIn(0, 3);
        assertThat(CliRun.run(context, "run", "--period", "2026-Q3", "--output", output.toString()).exitCode()).isZero();
        assertThat(CliRun.run(context, "run", "--period", "2025", "--output", output.toString()).exitCode()).isZero();

        Attacker attacker = new Attacker();
        List<Path> files;
        try (Stream<Path> all = Files.walk(output)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("open-data.csv")) {
                attacker.readLongFormat(Files.readAllLines(file));
            } else if (name.startsWith("raadsrapportage-") && name.endsWith(".xlsx")) {
                attacker.readIndicatorsSheet(file);
            } else if (name.startsWith("jaaroverzicht-klachten-") && name.endsWith(".csv")) {
                attacker.readYearOverview(Files.readAllLines(file));
            }
        }
        attacker.solve();

        assertThat(attacker.hidden).as("the run has small numbers to hide").isNotEmpty();
        assertThat(attacker.recovered).as("hidden numbers a subtracting reader works out").isEmpty();

        try (Stream<Path> all = Files.walk(output)) {
            for (Path path : all.filter(p -> output.relativize(p).getNameCount() >= 2).toList()) {
                String scope = output.relativize(path).getName(1).toString();
                if (scope.startsWith("dossier-") || scope.startsWith("VERTROUWELIJK-")) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
                } else {
                    assertThat(path.getFileName().toString()).as("no unsuppressed file among the public outputs")
                            .isNotEqualTo("indicatoren.csv").doesNotStartWith("VERTROUWELIJK");
                }
            }
        }
    }

    /** What a subtracting reader knows: numbers by (publication group, cell), and the relations between them. */
    static final class Attacker {

        final Map<String, Long> known = new HashMap<>();
        final Set<String> hidden = new HashSet<>();
        final Set<String> groups = new HashSet<>();
        final List<String> recovered = new ArrayList<>();

        void readLongFormat(List<String> lines) {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                figure(f[0] + "|" + f[1], f[2], f[3], f[4], f[5], f[6], f[7].equals("J"));
            }
        }

        void readIndicatorsSheet(Path file) throws Exception {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                for (Row row : workbook.getSheet("Indicatoren")) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    String[] f = new String[8];
                    for (int c = 0; c < 8; c++) {
                        f[c] = text(row.getCell(c));
                    }
                    figure(f[0] + "|" + f[1], f[2], f[3], f[4], f[5], f[6], f[7].equals("J"));
                }
            }
        }

        void readYearOverview(List<String> lines) {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                String group = "jaar|" + f[0] + "|" + f[3];
                groups.add(group);
                String cell = f[4] + "|" + f[5];
                if (!cell.equals("op_tijd|aandeel")) {
                    learn(group + "|" + cell, f[6], f[7].equals("J"));
                }
            }
        }

        private void figure(String group, String indicator, String dimension, String value, String teller,
                String noemer, boolean suppressed) {
            groups.add(group);
            String key = group + "|" + indicator + "|" + dimension;
            if (!teller.isEmpty() || !noemer.isEmpty()) {
                learn(key + "|T", teller, suppressed);
                learn(key + "|N", noemer, suppressed);
            } else if (!indicator.equals("C3") && !indicator.startsWith("A6") && !indicator.startsWith("A7")) {
                learn(key, value, suppressed);
            }
        }

        private void learn(String key, String text, boolean suppressed) {
            if (suppressed) {
                hidden.add(key);
            } else if (text.matches("\\d+")) {
                known.put(key, Long.parseLong(text));
            }
        }

        /** Applies every relation with one unknown until nothing new follows; notes each hidden number found. */
        void solve() {
            // A number one output hides and another shows is given away at once.
            hidden.stream().filter(known::containsKey).filter(k -> known.get(k) >= 1 && known.get(k) < 5)
                    .forEach(k -> recovered.add(k + " = " + known.get(k) + " (shown elsewhere)"));
            List<Map<String, Integer>> relations = new ArrayList<>();
            for (String group : groups) {
                relations.addAll(group.startsWith("jaar|") ? yearRelations(group) : figureRelations(group));
            }
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Map<String, Integer> relation : relations) {
                    if (relation.isEmpty()) {
                        continue;
                    }
                    List<String> unknown = relation.keySet().stream().filter(k -> !known.containsKey(k)
                            && (hidden.contains(k) || relation.get(k) != 0)).filter(k -> !isZeroCell(k)).toList();
                    if (unknown.size() != 1) {
                        continue;
                    }
                    String cell = unknown.get(0);
                    long sum = 0;
                    for (Map.Entry<String, Integer> term : relation.entrySet()) {
                        if (!term.getKey().equals(cell)) {
                            sum += term.getValue() * known.getOrDefault(term.getKey(), 0L);
                        }
                    }
                    long value = -sum / relation.get(cell);
                    known.put(cell, value);
                    progress = true;
                    if (hidden.contains(cell) && value >= 1 && value < 5) {
                        recovered.add(cell + " = " + value);
                    }
                }
            }
        }

        /** A cell that no output mentions is a breakdown cell of 0: the outputs leave empty cells out. */
        private boolean isZeroCell(String key) {
            return !known.containsKey(key) && !hidden.contains(key);
        }

        private List<Map<String, Integer>> figureRelations(String group) {
            String g = group + "|";
            List<Map<String, Integer>> relations = new ArrayList<>();
            Map<String, List<String>> breakdowns = new HashMap<>();
            for (String key : union()) {
                if (key.startsWith(g)) {
                    String[] parts = key.substring(g.length()).split("\\|", -1);
                    if (parts.length == 2 && parts[1].contains("=")) {
                        breakdowns.computeIfAbsent(parts[0] + "|" + parts[1].substring(0, parts[1].indexOf('=')),
                                b -> new ArrayList<>()).add(key);
                    }
                }
            }
            breakdowns.forEach((name, cells) -> relations.add(sum(g + name.substring(0, name.indexOf('|')) + "|",
                    cells)));
            List<String> outcomes = breakdowns.getOrDefault("K10|uitkomst", List.of());
            relations.add(sum(g + "K6||T", List.of(g + "K10|uitkomst=INFORMEEL_OPGELOST")));
            relations.add(sum(g + "K6||N", outcomes));
            relations.add(sum(g + "K5||T", List.of(g + "K10|uitkomst=GEGROND", g + "K10|uitkomst=DEELS_GEGROND")));
            relations.add(sum(g + "K5||N", List.of(g + "K10|uitkomst=GEGROND", g + "K10|uitkomst=DEELS_GEGROND",
                    g + "K10|uitkomst=ONGEGROND")));
            relations.add(sum(g + "K3||N", outcomes.stream()
                    .filter(o -> !OUTSIDE_TERM.contains(o.substring(o.indexOf('=') + 1))).toList()));
            relations.add(sum(g + "K2||T", List.of(g + "K1|")));
            relations.add(sum(g + "A4||T", List.of(g + "A4|uitkomst=OVERGENOMEN")));
            relations.add(sum(g + "A4||N", breakdowns.getOrDefault("A4|uitkomst", List.of())));
            relations.add(sum(g + "A3||N", List.of(g + "A4|uitkomst=DEELS_OVERGENOMEN", g + "A4|uitkomst=NIET_OVERGENOMEN")));
            relations.add(sum(g + "C5||T", breakdowns.getOrDefault("C7|kanaal", List.of())));
            relations.add(sum(g + "C6||N", List.of(g + "C5||T")));
            return relations.stream().filter(r -> r.keySet().stream().anyMatch(k -> known.containsKey(k)
                    || hidden.contains(k))).toList();
        }

        private List<Map<String, Integer>> yearRelations(String group) {
            String g = group + "|";
            List<String> topics = union().stream().filter(k -> k.startsWith(g + "onderwerp|")).toList();
            List<String> outcomes = union().stream().filter(k -> k.startsWith(g + "uitkomst|")).toList();
            return List.of(sum(g + "ontvangen|totaal", topics), sum(g + "afgehandeld|totaal", outcomes),
                    sum(g + "op_tijd|termijn_van_toepassing", outcomes.stream()
                            .filter(o -> !OUTSIDE_TERM.contains(o.substring(o.lastIndexOf('|') + 1))).toList()));
        }

        private Set<String> union() {
            Set<String> all = new HashSet<>(known.keySet());
            all.addAll(hidden);
            return all;
        }

        /** {@code total = sum of parts}; nothing when no output has the total. */
        private Map<String, Integer> sum(String total, List<String> parts) {
            if (!known.containsKey(total) && !hidden.contains(total)) {
                return Map.of();
            }
            Map<String, Integer> relation = new HashMap<>();
            relation.put(total, 1);
            parts.forEach(p -> relation.merge(p, -1, Integer::sum));
            return relation;
        }

        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            return cell.getStringCellValue();
        }
    }
}
