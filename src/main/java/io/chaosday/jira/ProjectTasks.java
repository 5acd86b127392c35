package io.chaosday.jira;

import io.chaosday.tracker.Progress;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Long work on a project's Chaos Day (saving a definition, which creates and moves tickets;
 * publishing the review pages) run off the request thread, on this node's small pool of the
 * plugin's own threads, one task per project at a time. What each project's last task is doing,
 * or what it answered, is kept here by project key, so the page reads it back after a reload;
 * a second request while one runs is told "busy" with the progress so far. The work itself still
 * takes the project's cluster lock, which keeps other nodes out.
 *
 * <p>The pool is the plugin's: the Spring context makes it and shuts it down when the plugin is
 * disabled or uninstalled (the executor bean's {@code destroy-method}, in META-INF/spring); a task
 * cut short by that is answered as failed when next read.
 */
public final class ProjectTasks {

    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    public ProjectTasks(ExecutorService executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** An HTTP status and the JSON body a task answered with. */
    public record Result(int status, String json) {
    }

    /** Where a task is: running (with its last step), or done (with its result). */
    public record Snapshot(String kind, Instant started, String step, int done, int total, Optional<Result> result) {
        public boolean running() {
            return result.isEmpty();
        }
    }

    /** What asking to start came to: the task started, or the one already running. */
    public sealed interface Start {
        record Started(Future<Result> finished) implements Start {
        }

        record Busy(Snapshot running) implements Start {
        }
    }

    /**
     * Starts {@code work} for the project unless a task of the project is running on this node.
     *
     * @param kind what the work is, for the page to show its result ("reschedule", "publish")
     * @param work the work, told how far it got through the engine's progress seam; it answers with
     *             the status and body the request would have answered, failures included
     */
    public Start start(String projectKey, String kind, Function<Progress, Result> work) {
        Task mine = new Task(kind, clock.instant());
        Task current = tasks.compute(projectKey, (key, old) -> old != null && old.snapshot().running() ? old : mine);
        if (current != mine) {
            return new Start.Busy(current.snapshot());
        }
        try {
            return new Start.Started(executor.submit(() -> {
                try {
                    return mine.finish(work.apply(mine));
                } catch (RuntimeException | Error unanswered) {
                    // The work answers its own failures; this only keeps a task from staying "running" for ever.
                    mine.finish(new Result(500, "{}"));
                    throw unanswered;
                }
            }));
        } catch (RejectedExecutionException shutDown) {
            mine.finish(new Result(503, "{}"));
            throw shutDown;
        }
    }

    /** The project's last task on this node, running or done. */
    public Optional<Snapshot> latest(String projectKey) {
        return Optional.ofNullable(tasks.get(projectKey)).map(Task::snapshot);
    }

    /** One task: its progress as the engine reports it, then its result. */
    private static final class Task implements Progress {
        private final String kind;
        private final Instant started;
        private volatile Snapshot snapshot;

        Task(String kind, Instant started) {
            this.kind = kind;
            this.started = started;
            this.snapshot = new Snapshot(kind, started, "", 0, 0, Optional.empty());
        }

        @Override
        public void update(String what, int done, int total) {
            if (snapshot.running()) {
                snapshot = new Snapshot(kind, started, what == null ? "" : what, done, total, Optional.empty());
            }
        }

        Result finish(Result result) {
            Snapshot last = snapshot;
            snapshot = new Snapshot(kind, started, last.step(), last.done(), last.total(), Optional.of(result));
            return result;
        }

        Snapshot snapshot() {
            return snapshot;
        }
    }
}
