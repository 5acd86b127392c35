package io.chaosday.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work on one project's Chaos Day that must not run twice at once anywhere in the cluster
 * (creating, rescheduling, publishing). One lock name per project: Jira keeps a database row
 * for every name ever used, so names never carry anything else.
 */
public final class ProjectLock {

    private static final String PREFIX = "io.chaosday.project.";

    private ProjectLock() {
    }

    public static String name(String projectKey) {
        return PREFIX + projectKey;
    }

    public static <T> T run(ClusterLockService locks, String projectKey, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(name(projectKey));
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} only if no one else holds the project's lock now; empty when someone does.
     * A request answers at once that the project is busy rather than holding a web thread waiting.
     */
    public static <T> Optional<T> tryRun(ClusterLockService locks, String projectKey, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(name(projectKey));
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
