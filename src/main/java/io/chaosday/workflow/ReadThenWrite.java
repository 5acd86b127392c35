package io.chaosday.workflow;

import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes that must never duplicate: each round reads what the tracker holds, then writes only
 * what is missing. A write that failed in transit may have landed, so the next round reads again
 * instead of repeating it.
 */
final class ReadThenWrite {

    /** Three rounds ride out a passing network fault without hiding a lasting one. */
    static final int MAX_ROUNDS = 3;

    private ReadThenWrite() {
    }

    static <T> T run(Supplier<ChaosDayIssues> read, Function<ChaosDayIssues, T> write, Progress progress) {
        return run(read.get(), read, write, progress);
    }

    /** As above, the first round writing from {@code first}, the Chaos Day as its caller has just read it. */
    static <T> T run(ChaosDayIssues first, Supplier<ChaosDayIssues> read, Function<ChaosDayIssues, T> write, Progress progress) {
        for (int round = 1; ; round++) {
            ChaosDayIssues found = round == 1 ? first : read.get();
            try {
                return write.apply(found);
            } catch (TrackerException e) {
                if (!mayHaveWrittenNothingOrPart(e) || round >= MAX_ROUNDS) {
                    throw e;
                }
                progress.update("connection trouble (" + e.getMessage() + "); checking what was written", round, MAX_ROUNDS);
            }
        }
    }

    /** Only an "unavailable" failure leaves the outcome unknown; reading again tells which. */
    private static boolean mayHaveWrittenNothingOrPart(TrackerException e) {
        return e.kind() == TrackerException.Kind.UNAVAILABLE;
    }
}
