package io.chaosday.workflow;

import io.chaosday.tracker.TrackerException;
import java.util.Optional;

/**
 * A run the tracker stopped after some of its writes had landed: the tracker's failure (same kind,
 * same words, and the failure itself as the cause) with the report of what the run had written
 * by then, so that a person who must fix a token or a permission is not left guessing what is
 * already in Jira. Callers that only know {@link TrackerException} handle it as before.
 */
public final class PartlyDone extends TrackerException {

    private final transient Object soFar;

    PartlyDone(TrackerException failure, Object soFar) {
        super(failure.kind(), failure.getMessage(), failure);
        this.soFar = soFar;
    }

    /** The failure that stopped the run, as the tracker raised it. */
    public TrackerException failure() {
        return (TrackerException) getCause();
    }

    /** The report of what was written before the failure, when it is of {@code type} (each use case its own). */
    public <R> Optional<R> soFar(Class<R> type) {
        return type.isInstance(soFar) ? Optional.of(type.cast(soFar)) : Optional.empty();
    }

    /** Throws {@code failure}: a host reports what was done, then ends the run with the failure as it would have. */
    public static void rethrow(TrackerException failure) {
        throw failure;
    }
}
