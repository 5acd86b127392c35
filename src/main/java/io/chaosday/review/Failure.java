package io.chaosday.review;

import java.util.Objects;

/** The failure an experiment invokes: what breaks, where, and how the Agents of Chaos cause it. */
public record Failure(String what, String where, String how) {

    public Failure {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(how, "how");
    }
}
