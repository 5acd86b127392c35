package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.IssueTracker;
import java.util.Map;
import org.junit.Test;
import org.mockito.Mockito;

/** An Error such as running out of memory ends a command with one line, as every other failure does. */
public class OutOfMemoryTest {

    @Test
    public void runningOutOfMemoryPrintsOneLineAndNoTrace() {
        IssueTracker exhausted = Mockito.mock(IssueTracker.class, call -> {
            throw new OutOfMemoryError("Java heap space");
        });

        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(exhausted, null),
                "status", "--jira", "https://jira.example", "--project", "CHAOS");

        assertEquals(1, run.exit());
        assertEquals(run.err(), 1, run.err().strip().lines().count());
        assertTrue(run.err(), run.err().startsWith("chaosday: ran out of memory (Java heap space)"));
        assertFalse(run.err(), run.err().contains("\tat "));
    }
}
