package io.chaosday.http;

import java.time.Duration;

/** Waits between retries; a seam so tests record the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
