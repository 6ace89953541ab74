package nl.participatiemonitor.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Named random streams derived from the seed, and the draws the generator makes from them. Each
 * stream depends only on the seed and its name, so one part of the output never shifts another; the
 * arithmetic uses {@link StrictMath} so the same seed gives the same files on every JVM.
 */
final class Randoms {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Randoms() {
    }

    /** The stream for {@code seed} and a name made of {@code parts}, such as ("klachten", "GM0014"). */
    static SplittableRandom stream(long seed, String... parts) {
        long hash = FNV_OFFSET;
        for (String part : parts) {
            for (byte b : (part + '/').getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
        }
        return new SplittableRandom(hash ^ (seed * GOLDEN));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both inclusive. */
    static int between(SplittableRandom random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A day from {@code from} to {@code to}, both inclusive. */
    static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** A Poisson count with the given mean (normal approximation above 40). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian(random)));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** An exponentially distributed number with the given mean. */
    static double exponential(SplittableRandom random, double mean) {
        return -mean * StrictMath.log(1 - random.nextDouble());
    }

    private static double gaussian(SplittableRandom random) {
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
        return radius * StrictMath.cos(2 * StrictMath.PI * random.nextDouble());
    }
}
