package io.chaosday.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

/** One task per project at a time on the node, its progress as the engine reports it, and its answer kept by project. */
public class ProjectTasksTest {

    private final TaskThreads.Held threads = new TaskThreads.Held();
    private final ProjectTasks tasks = new ProjectTasks(threads, Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    public void aTaskReportsItsProgressThenKeepsItsAnswer() {
        tasks.start("CHAOS", "publish", progress -> {
            progress.update("published Lessons", 1, 3);
            assertEquals(new ProjectTasks.Snapshot("publish", Instant.parse("2027-02-01T09:00:00Z"), "published Lessons", 1, 3,
                    Optional.empty()), tasks.latest("CHAOS").orElseThrow());
            return new ProjectTasks.Result(200, "{\"pages\":[]}");
        });
        assertTrue("not run before its thread takes it", tasks.latest("CHAOS").orElseThrow().running());

        threads.runAll();

        ProjectTasks.Snapshot done = tasks.latest("CHAOS").orElseThrow();
        assertFalse(done.running());
        assertEquals(Optional.of(new ProjectTasks.Result(200, "{\"pages\":[]}")), done.result());
        assertEquals("the last progress is kept with the answer", "published Lessons", done.step());
    }

    @Test
    public void aSecondTaskOfTheSameProjectIsBusyButAnotherProjectRuns() {
        tasks.start("CHAOS", "reschedule", progress -> new ProjectTasks.Result(200, "{}"));

        assertTrue(tasks.start("CHAOS", "publish", progress -> new ProjectTasks.Result(200, "{}")) instanceof ProjectTasks.Start.Busy);
        assertTrue(tasks.start("OTHER", "publish", progress -> new ProjectTasks.Result(200, "{}")) instanceof ProjectTasks.Start.Started);
        assertEquals(2, threads.waiting());
    }

    @Test
    public void workThatThrowsIsNeverLeftRunning() {
        tasks.start("CHAOS", "reschedule", progress -> {
            throw new IllegalStateException("boom");
        });

        try {
            threads.runAll();
        } catch (RuntimeException unexpected) {
            fail("the pool's thread sees no failure: " + unexpected);
        }

        assertEquals(500, tasks.latest("CHAOS").orElseThrow().result().orElseThrow().status());
        assertTrue(tasks.start("CHAOS", "reschedule", progress -> new ProjectTasks.Result(200, "{}")) instanceof ProjectTasks.Start.Started);
    }

    @Test
    public void aProjectWithoutATaskHasNone() {
        assertEquals(Optional.empty(), tasks.latest("CHAOS"));
    }
}
