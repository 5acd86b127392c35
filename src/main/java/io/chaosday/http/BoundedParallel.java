package io.chaosday.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs calls in parallel, never more than a fixed number at once (one semaphore shared by every
 * use of this instance), and returns their results in the calls' order. The first failure stops
 * the rest and is thrown; an interrupt cancels the calls and is passed on, never swallowed.
 */
public final class BoundedParallel {

    /**
     * Eight requests at once: enough to hide a distant server's latency when many issues move,
     * few enough to stay well inside Jira's and Confluence's rate limits (429s are still honoured).
     */
    public static final int DEFAULT_CONCURRENCY = 8;

    private final Semaphore permits;
    private final ExecutorService executor;

    public BoundedParallel(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.permits = new Semaphore(concurrency);
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "chaosday-rest");
            thread.setDaemon(true);
            return thread;
        });
    }

    public BoundedParallel() {
        this(DEFAULT_CONCURRENCY);
    }

    /**
     * Runs every call, at most the bound at once, and returns their results in order.
     *
     * @throws RuntimeException the first call's failure, as thrown (checked ones wrapped)
     * @throws InterruptedException when the calling thread is interrupted; the calls are cancelled
     */
    public <T> List<T> all(List<? extends Callable<T>> calls) throws InterruptedException {
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> call : calls) {
                permits.acquire();
                if (firstFailure.get() != null) {
                    permits.release();
                    break;
                }
                synchronized (futures) {
                    futures.add(executor.submit(guarded(call, firstFailure, futures)));
                }
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : snapshot(futures)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException | CancellationException e) {
            throw unchecked(firstFailure.get() != null ? firstFailure.get() : e);
        } catch (InterruptedException e) {
            cancel(futures);
            throw e;
        }
    }

    private <T> Callable<T> guarded(Callable<T> call, AtomicReference<Throwable> firstFailure, List<Future<T>> futures) {
        return () -> {
            try {
                return call.call();
            } catch (Exception | Error failure) {
                if (firstFailure.compareAndSet(null, failure)) {
                    cancel(futures);
                }
                throw failure;
            } finally {
                permits.release();
            }
        };
    }

    private static <T> List<Future<T>> snapshot(List<Future<T>> futures) {
        synchronized (futures) {
            return List.copyOf(futures);
        }
    }

    private static <T> void cancel(List<Future<T>> futures) {
        for (Future<T> future : snapshot(futures)) {
            future.cancel(true);
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause.getMessage(), cause);
    }
}
