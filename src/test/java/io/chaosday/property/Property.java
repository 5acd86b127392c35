package io.chaosday.property;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a check over many generated cases, each from its own seed, and names the seed of the first
 * case that fails so it can be replayed alone: {@code -Dchaosday.seed=N -Dchaosday.cases=1}.
 * The seeds are fixed unless given, so every build checks the same cases.
 */
public final class Property {

    /** The first seed when none is given; any number will do, a fixed one keeps builds repeatable. */
    static final long DEFAULT_SEED = 20_270_310L;

    private Property() {
    }

    /** @param name what is checked, for the figures line printed at the end */
    public static void forAll(String name, int cases, Consumer<Random> check) {
        long first = Long.getLong("chaosday.seed", DEFAULT_SEED);
        int count = Integer.getInteger("chaosday.cases", cases);
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            try {
                check.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                AssertionError failure = new AssertionError("case " + (i + 1) + " of " + count + " failed; replay it with"
                        + " -Dchaosday.seed=" + seed + " -Dchaosday.cases=1: " + e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
        io.chaosday.reliability.Figures.report("property " + name, count + " cases from seed " + first + ", 0 failed");
    }
}
