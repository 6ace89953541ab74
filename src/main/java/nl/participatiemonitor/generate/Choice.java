package nl.participatiemonitor.generate;

import java.util.SplittableRandom;

/** A fixed list of codes with relative weights to draw from; the empty code stands for an empty cell. */
final class Choice {

    private final String[] codes;
    private final double[] cumulative;

    private Choice(String[] codes, double[] cumulative) {
        this.codes = codes;
        this.cumulative = cumulative;
    }

    /** Pairs of code and weight, for example {@code of("J", 6, "N", 4)}. */
    static Choice of(Object... codesAndWeights) {
        int size = codesAndWeights.length / 2;
        String[] codes = new String[size];
        double[] cumulative = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            codes[i] = (String) codesAndWeights[2 * i];
            total += ((Number) codesAndWeights[2 * i + 1]).doubleValue();
            cumulative[i] = total;
        }
        return new Choice(codes, cumulative);
    }

    String pick(SplittableRandom random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < codes.length - 1; i++) {
            if (point < cumulative[i]) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }
}
