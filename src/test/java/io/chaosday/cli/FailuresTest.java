package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import org.junit.Test;

public class FailuresTest {

    private final Failures failures = new Failures();

    @Test
    public void whatTheUserCanChangeIsExitTwo() {
        assertEquals(2, failures.getExitCode(new UsageException("x")));
        assertEquals(2, failures.getExitCode(new WorkflowException(new io.chaosday.workflow.WorkflowFailure.NoChaosDay("CHAOS"))));
        assertEquals(2, failures.getExitCode(new TrackerException(TrackerException.Kind.REJECTED, "x")));
        assertEquals(2, failures.getExitCode(new TrackerException(TrackerException.Kind.NOT_FOUND, "x")));
    }

    @Test
    public void workThatFailedIsExitOne() {
        assertEquals(1, failures.getExitCode(new TrackerException(TrackerException.Kind.UNAVAILABLE, "x")));
        assertEquals(1, failures.getExitCode(new CommandFailure("x")));
        assertEquals(1, failures.getExitCode(new IllegalStateException("x")));
    }

    @Test
    public void knownFailuresAreWordedByTheirMessageAndOthersAskForAReport() {
        assertEquals("Jira is down", Failures.wording(new TrackerException(TrackerException.Kind.UNAVAILABLE, "Jira is down")));
        assertEquals("unexpected error: java.lang.IllegalStateException: bug (please report it, with the command you ran)",
                Failures.wording(new IllegalStateException("bug")));
    }
}
