package io.chaosday.jira;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Threads for {@link ProjectTasks} in tests, so what a test sees does not depend on timing:
 * {@link #direct()} runs each task at once on the caller's thread; {@link Held} keeps them until the
 * test lets them run, one step of its choosing at a time.
 */
public final class TaskThreads {

    private TaskThreads() {
    }

    /** Runs each task at once, on the thread that submits it: long work answers as if it were quick. */
    public static AbstractExecutorService direct() {
        return new Held() {
            @Override
            public void execute(Runnable task) {
                task.run();
            }
        };
    }

    /** Keeps every task until {@link #runAll()}: a test sees the work running, then done. */
    public static class Held extends AbstractExecutorService {
        private final Deque<Runnable> waiting = new ArrayDeque<>();
        private boolean shutDown;

        @Override
        public synchronized void execute(Runnable task) {
            if (shutDown) {
                throw new java.util.concurrent.RejectedExecutionException("shut down");
            }
            waiting.add(task);
        }

        /** Runs what was submitted, in order, on the test's thread. */
        public void runAll() {
            for (Runnable next; (next = next()) != null; ) {
                next.run();
            }
        }

        public synchronized int waiting() {
            return waiting.size();
        }

        private synchronized Runnable next() {
            return waiting.poll();
        }

        @Override
        public synchronized void shutdown() {
            shutDown = true;
        }

        @Override
        public synchronized List<Runnable> shutdownNow() {
            shutDown = true;
            List<Runnable> left = List.copyOf(waiting);
            waiting.clear();
            return left;
        }

        @Override
        public synchronized boolean isShutdown() {
            return shutDown;
        }

        @Override
        public synchronized boolean isTerminated() {
            return shutDown && waiting.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return isTerminated();
        }
    }
}
