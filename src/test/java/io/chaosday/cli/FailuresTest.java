package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import org.junit.Test;

public class FailuresTest {

    @Test
    public void whatTheUserCanChangeIsExitTwo() {
        assertEquals(2, Failures.exitCode(new UsageException("x")));
        assertEquals(2, Failures.exitCode(new WorkflowException(new io.chaosday.workflow.WorkflowFailure.NoChaosDay("CHAOS"))));
        assertEquals(2, Failures.exitCode(new TrackerException(TrackerException.Kind.REJECTED, "x")));
        assertEquals(2, Failures.exitCode(new TrackerException(TrackerException.Kind.NOT_FOUND, "x")));
    }

    @Test
    public void workThatFailedIsExitOne() {
        assertEquals(1, Failures.exitCode(new TrackerException(TrackerException.Kind.UNAVAILABLE, "x")));
        assertEquals(1, Failures.exitCode(new CommandFailure("x")));
        assertEquals(1, Failures.exitCode(new IllegalStateException("x")));
    }

    @Test
    public void knownFailuresAreWordedByTheirMessageAndOthersAskForAReport() {
        assertEquals("Jira is down", Failures.wording(new TrackerException(TrackerException.Kind.UNAVAILABLE, "Jira is down")));
        assertEquals("unexpected error: java.lang.IllegalStateException: bug (please report it, with the command you ran)",
                Failures.wording(new IllegalStateException("bug")));
    }
}
