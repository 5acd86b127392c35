package io.chaosday.rest.confluence;

import io.chaosday.tracker.TrackerException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Writes that are not safe to repeat blindly, made safe by looking first: when a write's answer is
 * lost (the connection dropped, or the server stayed unavailable), a read finds out whether it
 * landed. If it did, the run carries on with what the read found; if not, the write is sent once more.
 */
final class LostAnswers {

    private LostAnswers() {
    }

    /**
     * @param write  the write; may be sent a second time, but only after {@code landed} found nothing
     * @param landed a read: what the write left behind, or empty if it did not land
     */
    static <T> T write(Supplier<T> write, Supplier<Optional<T>> landed) {
        try {
            return write.get();
        } catch (TrackerException e) {
            if (e.kind() != TrackerException.Kind.UNAVAILABLE) {
                throw e;
            }
            Optional<T> found;
            try {
                found = landed.get();
            } catch (TrackerException readFailed) {
                e.addSuppressed(readFailed);
                throw e; // still unknown: the next publish reads again
            }
            return found.orElseGet(write);
        }
    }

    /** As {@link #write(Supplier, Supplier)}, for a write with no answer worth keeping. */
    static void write(Runnable write, Supplier<Boolean> landed) {
        write(() -> {
            write.run();
            return Boolean.TRUE;
        }, () -> landed.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
