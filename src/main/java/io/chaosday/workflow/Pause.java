package io.chaosday.workflow;

import io.chaosday.tracker.TrackerException;
import java.time.Duration;

/** Waits a while: a seam, so tests let time pass without waiting for it. */
@FunctionalInterface
public interface Pause {

    Pause REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "stopped while waiting for Jira", e);
        }
    };

    void pause(Duration duration);
}
