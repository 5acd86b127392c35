package io.chaosday.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body as text, up to a number of bytes: past it the connection is dropped
 * and the answer fails with {@link AnswerTooLarge}. {@link #cancel()} drops it from outside, when the
 * whole-request deadline passes while the body still trickles in.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {

    private final long limit;
    private final java.time.Instant deadline;
    private final java.time.Clock clock;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    /** @param deadline when the whole body must be in, on {@code clock}: a body still arriving after it fails */
    LimitedBody(long limit, java.time.Instant deadline, java.time.Clock clock) {
        this.limit = limit;
        this.deadline = deadline;
        this.clock = clock;
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (cancelled) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new AnswerTooLarge(limit));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
        if (clock.instant().isAfter(deadline)) {
            subscription.cancel(); // a body that trickles in past the deadline is cut off by it, as bytes arrive
            result.completeExceptionally(new java.net.http.HttpTimeoutException("the answer did not arrive in full"));
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toString(StandardCharsets.UTF_8));
    }

    /** Stops reading and closes the connection; safe to call at any time, from any thread. */
    void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
