package io.chaosday.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

public class FailureLogTest {

    private static final String TOKEN = "NjQ5MzA2OTk3NTI5OmRlYWRiZWVmZGVhZGJlZWY";

    private final Logger logger = mock(Logger.class);
    private final FailureLog log = new FailureLog(logger, () -> List.of(TOKEN));

    @Test
    public void aFailureIsLoggedWithTheProjectKeyWhatWasBeingDoneAndItsStackTrace() {
        when(logger.isWarnEnabled()).thenReturn(true);
        IllegalStateException failure = new IllegalStateException("Confluence answered 503");

        log.warn("publishing the review pages", "CHAOS", failure);

        ArgumentCaptor<Object> arguments = ArgumentCaptor.forClass(Object.class);
        verify(logger).warn(eq("Chaos Day: {} in project {} failed"), arguments.capture(), arguments.capture(), arguments.capture());
        assertEquals("publishing the review pages", arguments.getAllValues().get(0));
        assertEquals("CHAOS", arguments.getAllValues().get(1));
        Throwable logged = (Throwable) arguments.getAllValues().get(2);
        assertEquals("java.lang.IllegalStateException: Confluence answered 503", logged.getMessage());
        assertEquals(List.of(failure.getStackTrace()), List.of(logged.getStackTrace()));
    }

    @Test
    public void aTokenInAFailureOrItsCausesNeverReachesTheLog() {
        when(logger.isWarnEnabled()).thenReturn(true);
        Exception cause = new RuntimeException("401 for Authorization: Bearer " + TOKEN);
        Exception failure = new IllegalStateException("could not publish with token " + TOKEN, cause);

        log.warn("publishing the review pages", "CHAOS", failure);
        log.error("publishing the review pages", "CHAOS", failure);

        ArgumentCaptor<Object> arguments = ArgumentCaptor.forClass(Object.class);
        verify(logger).warn(any(String.class), arguments.capture(), arguments.capture(), arguments.capture());
        verify(logger).error(any(String.class), arguments.capture(), arguments.capture(), arguments.capture());
        String written = LoggedText.of(arguments.getAllValues());
        assertTrue(written, written.contains("could not publish with token [hidden]"));
        assertTrue(written, written.contains("Bearer [hidden]"));
        assertFalse(written, written.contains(TOKEN));
        assertFalse(written, written.contains(TOKEN.substring(0, 12)));
    }

    @Test
    public void aCredentialThatIsNotTheStoredTokenIsHiddenToo() {
        String written = LoggedText.of(List.of(log.redacted(new RuntimeException("Authorization: Basic YWxpY2U6c2VjcmV0LXBhc3N3b3Jk"))));

        assertTrue(written, written.contains("Basic [hidden]"));
        assertFalse(written, written.contains("YWxpY2U6"));
    }

    @Test
    public void aProjectKeyFromAnAddressCannotWriteASecondLogLine() {
        log.error("reading the status", "CHAOS\nERROR forged line", new RuntimeException("boom"));

        ArgumentCaptor<Object> arguments = ArgumentCaptor.forClass(Object.class);
        verify(logger).error(any(String.class), arguments.capture(), arguments.capture(), arguments.capture());
        assertEquals("CHAOS ERROR forged line", arguments.getAllValues().get(1));
    }
}
