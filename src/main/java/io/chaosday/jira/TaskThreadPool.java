package io.chaosday.jira;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plugin's own threads for long work on this node: two, named so Jira's thread dumps say whose
 * they are, idle ones let go after a minute. The plugin's Spring context makes the pool and calls
 * {@link #shutdownNow()} on it when the context closes, which the plugin framework does when the
 * plugin is disabled, upgraded or uninstalled (META-INF/spring/plugin-context.xml, destroy-method).
 */
public final class TaskThreadPool extends ThreadPoolExecutor {

    private static final int THREADS = 2;

    public TaskThreadPool() {
        super(THREADS, THREADS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), new Named());
        allowCoreThreadTimeOut(true);
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "chaosday-task-" + count.incrementAndGet());
            // A task must never keep Jira from stopping.
            thread.setDaemon(true);
            return thread;
        }
    }
}
