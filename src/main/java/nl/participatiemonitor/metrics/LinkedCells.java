package nl.participatiemonitor.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secondary suppression across the linked figures of one municipality and period (METRICS.md "Small numbers",
 * applied across tables the way tau-ARGUS does): a count shown as {@code <5} in one place must not be readable
 * from another figure of the same publication. K10's INFORMEEL_OPGELOST cell is K6's teller, K10's cells add up
 * to K6's noemer, A4's OVERGENOMEN cell is A4's teller, C7's cells add up to C5's teller, a breakdown's cells add
 * up to its total, and so on ({@link #identities}). With every identity as a linear equation over the hidden
 * numbers, a hidden number is readable when the equations determine it; then the smallest other non-zero figure
 * in one of its equations is hidden too, until no hidden number is determined. Hiding a ratio hides its value,
 * teller and noemer together, since value x noemer gives the teller. Not thread-safe; one instance per group.
 */
public final class LinkedCells {

    /** K10 outcomes that K3 leaves out of its noemer (METRICS.md K3). */
    private static final Set<String> NOT_ASSESSED = Set.of("INFORMEEL_OPGELOST", "INGETROKKEN", "DOORGEZONDEN",
            "NIET_IN_BEHANDELING");

    private static final double EPSILON = 1e-9;

    /** One number a publication shows (or hides), and the figure it belongs to (a ratio's teller and noemer share one). */
    private record Cell(int figure, long value) {
    }

    /** An equation: the sum of the terms (cell key and coefficient) is zero. */
    private record Identity(Map<String, Integer> terms) {
    }

    private final int size;
    private final int k;
    private final boolean[] hidden;
    private final Map<String, Cell> cells = new LinkedHashMap<>();

    private LinkedCells(int figures, int k) {
        this.size = figures;
        this.k = k;
        this.hidden = new boolean[figures];
    }

    private LinkedCells(List<ShownFigure> figures, int k) {
        this(figures.size(), k);
        for (int i = 0; i < figures.size(); i++) {
            ShownFigure figure = figures.get(i);
            hidden[i] = figure.suppressed();
            if (!figure.indicator().kind().suppressible()) {
                continue;
            }
            String key = figure.indicator() + "|" + figure.dimension();
            if (IndicatorFiles.isCount(figure.indicator(), figure.dimension()) && figure.value() != null) {
                cells.put(key, new Cell(i, figure.value().longValue()));
            } else if (figure.isRatio() && figure.teller() != null && figure.noemer() != null) {
                cells.put(key + "|T", new Cell(i, figure.teller()));
                cells.put(key + "|N", new Cell(i, figure.noemer()));
            }
        }
    }

    /**
     * The same protection for a publication outside the indicator files (the jaaroverzicht): {@code figures} are the
     * publication's figures, each with the cells it shows (a count has one, a ratio two: teller and noemer) and
     * whether it is hidden already; {@code identities} say which cells add up to which ({@code total = sum of
     * parts}). Returns the indexes of the figures to hide as well.
     */
    public static Set<Integer> alsoHidden(List<Map<String, Long>> figures, List<Boolean> hiddenNow,
            Map<String, List<String>> identities, int k) {
        LinkedCells group = new LinkedCells(figures.size(), k);
        for (int i = 0; i < figures.size(); i++) {
            group.hidden[i] = hiddenNow.get(i);
            for (Map.Entry<String, Long> cell : figures.get(i).entrySet()) {
                group.cells.put(cell.getKey(), new Cell(i, cell.getValue()));
            }
        }
        List<Identity> equations = new ArrayList<>();
        identities.forEach((total, parts) -> group.add(equations, total, parts));
        group.suppressLinked(equations);
        Set<Integer> also = new java.util.TreeSet<>();
        for (int i = 0; i < figures.size(); i++) {
            if (group.hidden[i] && !hiddenNow.get(i)) {
                also.add(i);
            }
        }
        return also;
    }

    /**
     * The figures of one municipality and period with the linked ones hidden too; a newly hidden figure shows
     * {@code .} (geheim).
     */
    static List<ShownFigure> protect(List<ShownFigure> figures, int k) {
        LinkedCells group = new LinkedCells(figures, k);
        group.suppressLinked(group.identities());
        List<ShownFigure> result = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            ShownFigure f = figures.get(i);
            result.add(group.hidden[i] && !f.suppressed() ? new ShownFigure(f.municipality(), f.period(), f.indicator(),
                    f.dimension(), f.teller(), f.noemer(), f.value(), ".", true) : f);
        }
        return result;
    }

    private void suppressLinked(List<Identity> identities) {
        for (int round = 0; round < size; round++) {
            String determined = firstDetermined(identities);
            if (determined == null) {
                return;
            }
            String complement = smallestKnownPartner(identities, determined);
            if (complement == null) {
                complement = smallestKnownPartner(identities, null);
            }
            if (complement == null) {
                return;
            }
            hidden[cells.get(complement).figure()] = true;
        }
    }

    /** The identities among this group's cells (METRICS.md definitions); a missing cell counts as a known 0. */
    private List<Identity> identities() {
        List<Identity> identities = new ArrayList<>();
        Map<String, List<String>> breakdowns = new LinkedHashMap<>();
        for (String key : cells.keySet()) {
            String[] parts = key.split("\\|", -1);
            if (parts.length == 2 && parts[1].contains("=")) {
                breakdowns.computeIfAbsent(parts[0] + "|" + parts[1].substring(0, parts[1].indexOf('=')),
                        b -> new ArrayList<>()).add(key);
            }
        }
        // A breakdown adds up to its total (K1 per onderwerp and per organisatie, A1 per soort).
        for (Map.Entry<String, List<String>> breakdown : breakdowns.entrySet()) {
            String total = breakdown.getKey().substring(0, breakdown.getKey().indexOf('|')) + "|";
            if (cells.containsKey(total)) {
                add(identities, total, breakdown.getValue());
            }
        }
        List<String> outcomes = breakdowns.getOrDefault("K10|uitkomst", List.of());
        add(identities, "K6||T", List.of("K10|uitkomst=INFORMEEL_OPGELOST"));
        add(identities, "K6||N", outcomes);
        add(identities, "K5||T", List.of("K10|uitkomst=GEGROND", "K10|uitkomst=DEELS_GEGROND"));
        add(identities, "K5||N", List.of("K10|uitkomst=GEGROND", "K10|uitkomst=DEELS_GEGROND", "K10|uitkomst=ONGEGROND"));
        add(identities, "K3||N", outcomes.stream()
                .filter(o -> !NOT_ASSESSED.contains(o.substring(o.indexOf('=') + 1))).toList());
        add(identities, "K2||T", List.of("K1|"));
        add(identities, "A4||T", List.of("A4|uitkomst=OVERGENOMEN"));
        add(identities, "A4||N", breakdowns.getOrDefault("A4|uitkomst", List.of()));
        add(identities, "A3||N", List.of("A4|uitkomst=DEELS_OVERGENOMEN", "A4|uitkomst=NIET_OVERGENOMEN"));
        add(identities, "C5||T", breakdowns.getOrDefault("C7|kanaal", List.of()));
        add(identities, "C6||N", List.of("C5||T"));
        for (String noemerOfB1 : List.of("C5||N", "K2||N")) {
            add(identities, noemerOfB1, List.of("B1|"));
        }
        for (String noemerOfB2 : List.of("C1||N", "C2||N", "C4||N")) {
            add(identities, noemerOfB2, List.of("B2|"));
        }
        return identities;
    }

    /** {@code total = sum of parts}, when the total is a cell of this group and at least one part is. */
    private void add(List<Identity> identities, String total, List<String> parts) {
        if (!cells.containsKey(total) || parts.stream().noneMatch(cells::containsKey)) {
            return;
        }
        Map<String, Integer> terms = new java.util.TreeMap<>();
        terms.put(total, 1);
        for (String part : parts) {
            terms.merge(part, -1, Integer::sum);
        }
        identities.add(new Identity(terms));
    }

    private boolean isHidden(String key) {
        Cell cell = cells.get(key);
        return cell != null && hidden[cell.figure()];
    }

    /**
     * The first hidden small number (1 to k - 1) that the identities determine: a hidden larger number (a
     * complement) may be derivable, as long as no small number follows from it. With the shown cells moved to the
     * right-hand side,
     * it is determined when its unit vector lies in the row space of the coefficients, that is when a row of the
     * reduced row echelon form has its only non-zero coefficient at that cell.
     */
    private String firstDetermined(List<Identity> identities) {
        List<String> unknowns = cells.keySet().stream().filter(this::isHidden).toList();
        if (unknowns.isEmpty()) {
            return null;
        }
        Map<String, Integer> column = new HashMap<>();
        for (int u = 0; u < unknowns.size(); u++) {
            column.put(unknowns.get(u), u);
        }
        List<double[]> rows = new ArrayList<>();
        for (Identity identity : identities) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            for (Map.Entry<String, Integer> term : identity.terms().entrySet()) {
                Integer c = column.get(term.getKey());
                if (c != null) {
                    row[c] += term.getValue();
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int pivotRow = 0;
        int[] pivotOf = new int[unknowns.size()];
        java.util.Arrays.fill(pivotOf, -1);
        for (int c = 0; c < unknowns.size() && pivotRow < rows.size(); c++) {
            int best = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[c]) > EPSILON && (best < 0 || Math.abs(rows.get(r)[c]) > Math.abs(rows.get(best)[c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            java.util.Collections.swap(rows, pivotRow, best);
            double[] pivot = rows.get(pivotRow);
            double factor = pivot[c];
            for (int k = 0; k < pivot.length; k++) {
                pivot[k] /= factor;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != pivotRow && Math.abs(rows.get(r)[c]) > EPSILON) {
                    double[] other = rows.get(r);
                    double times = other[c];
                    for (int k = 0; k < other.length; k++) {
                        other[k] -= times * pivot[k];
                    }
                }
            }
            pivotOf[c] = pivotRow++;
        }
        for (int c = 0; c < unknowns.size(); c++) {
            long value = cells.get(unknowns.get(c)).value();
            if (pivotOf[c] < 0 || value < 1 || value >= k) {
                continue;
            }
            double[] row = rows.get(pivotOf[c]);
            boolean alone = true;
            for (int k = 0; k < row.length && alone; k++) {
                alone = k == c || Math.abs(row[k]) <= EPSILON;
            }
            if (alone) {
                return unknowns.get(c);
            }
        }
        return null;
    }

    /**
     * The shown non-zero cell with the smallest value among the identities that hold {@code key} (or, for a null
     * key, that hold any hidden cell), or null.
     */
    private String smallestKnownPartner(List<Identity> identities, String key) {
        String best = null;
        for (Identity identity : identities) {
            if (key != null ? !identity.terms().containsKey(key)
                    : identity.terms().keySet().stream().noneMatch(this::isHidden)) {
                continue;
            }
            for (String term : identity.terms().keySet()) {
                Cell cell = cells.get(term);
                if (cell != null && !hidden[cell.figure()] && cell.value() > 0
                        && (best == null || cell.value() < cells.get(best).value())) {
                    best = term;
                }
            }
        }
        return best;
    }
}
