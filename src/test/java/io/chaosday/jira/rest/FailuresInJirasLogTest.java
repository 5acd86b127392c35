package io.chaosday.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.chaosday.jira.FailureLog;
import io.chaosday.jira.LoggedText;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Test;
import org.mockito.AdditionalAnswers;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

/** The REST resource's failures reach Jira's log with the project and what was being done, never the fallback token. */
public class FailuresInJirasLogTest {

    private static final String TOKEN = "ODg3NjU0MzIxMDpmYWxsYmFja3Rva2Vu";

    private final FacilitatorInJira host = new FacilitatorInJira();
    private final Logger logger = mock(Logger.class);
    private final ConfluenceForPublishing confluence = new ConfluenceForPublishing() {
        @Override
        public ConfluenceConnections.Target target() {
            return new ConfluenceConnections.Target(ConfluenceConnections.State.NOT_CONFIGURED, "", null);
        }

        @Override
        public Optional<Wiki> wiki() {
            return Optional.empty();
        }

        @Override
        public List<String> secrets() {
            return List.of(TOKEN);
        }
    };

    private ChaosDayCalls callsOver(Supplier<RuntimeException> failure) {
        IssueTracker jira = mock(IssueTracker.class, AdditionalAnswers.delegatesTo(new FakeIssueTracker().withProject("CHAOS")));
        doAnswer(call -> {
            throw failure.get();
        }).when(jira).findIssues(any(), any(), any());
        return new ChaosDayCalls(host.authentication, host.permissions, host.projects, jira, host.locks, host.i18n, confluence,
                host.application, Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC), new ProjectMark(host.properties),
                new FailureLog(logger, confluence::secrets),
                new io.chaosday.jira.ProjectTasks(io.chaosday.jira.TaskThreads.direct(), Clock.systemUTC()), java.time.Duration.ZERO);
    }

    @Test
    public void aJiraFailureIsAnsweredAndLoggedWithTheProjectAndWhatWasBeingDoneWithoutTheToken() {
        when(logger.isWarnEnabled()).thenReturn(true);
        ChaosDayCalls calls = callsOver(() -> new TrackerException(TrackerException.Kind.UNAVAILABLE,
                "search failed after retries (sent Authorization: Bearer " + TOKEN + ")"));

        ChaosDayCalls.Answer answer = calls.getStatus("CHAOS");

        assertEquals(502, answer.status());
        ArgumentCaptor<Object> arguments = ArgumentCaptor.forClass(Object.class);
        verify(logger).warn(any(String.class), arguments.capture(), arguments.capture(), arguments.capture());
        assertEquals("reading the Chaos Day's status", arguments.getAllValues().get(0));
        assertEquals("CHAOS", arguments.getAllValues().get(1));
        String written = LoggedText.of(arguments.getAllValues());
        assertTrue(written, written.contains("search failed after retries"));
        assertFalse(written, written.contains(TOKEN));
    }

    @Test
    public void anUnexpectedFailureIsLoggedAsAnErrorAndLeavesTheResourceWithoutTheToken() {
        ChaosDayCalls calls = callsOver(() -> new IllegalStateException("unexpected answer to token " + TOKEN));

        try {
            calls.getStatus("CHAOS");
            fail("an unexpected failure is not answered as if it were known");
        } catch (RuntimeException thrown) {
            // What Jira's REST layer would log on its own: the copy without the token.
            assertFalse(LoggedText.of(List.of(thrown)), LoggedText.of(List.of(thrown)).contains(TOKEN));
            assertTrue(thrown.getMessage(), thrown.getMessage().startsWith("java.lang.IllegalStateException: unexpected answer"));
        }
        ArgumentCaptor<Object> arguments = ArgumentCaptor.forClass(Object.class);
        verify(logger).error(any(String.class), arguments.capture(), arguments.capture(), arguments.capture());
        assertFalse(LoggedText.of(arguments.getAllValues()).contains(TOKEN));
    }

    @Test
    public void aRefusedRequestIsNotLogged() {
        ChaosDayCalls calls = callsOver(() -> new IllegalStateException("never reached"));

        assertEquals(404, calls.getStatus("NOPE").status());

        verify(logger, never()).warn(any(String.class), any(Object[].class));
        verify(logger, never()).error(any(String.class), any(Object[].class));
    }
}
