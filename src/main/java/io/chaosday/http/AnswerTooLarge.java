package io.chaosday.http;

import java.io.IOException;

/** An answer grew past the most a transport reads; nothing of it is kept. */
public final class AnswerTooLarge extends IOException {

    private final long limit;

    public AnswerTooLarge(long limit) {
        super("the answer is larger than " + RestException.bytes(limit));
        this.limit = limit;
    }

    /** The most bytes the transport would read. */
    public long limit() {
        return limit;
    }
}
