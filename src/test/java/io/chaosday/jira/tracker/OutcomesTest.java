package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;

import com.atlassian.jira.util.ErrorCollection.Reason;
import io.chaosday.tracker.TrackerException.Kind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.Test;

/** Jira's reasons for refusing, as the engine's kinds of failure. */
public class OutcomesTest {

    @Test
    public void eachReasonBecomesTheKindTheRestAdapterGivesItsStatusCode() {
        assertEquals(Kind.UNAUTHORISED, Outcomes.kind(Set.of(Reason.NOT_LOGGED_IN)));
        assertEquals(Kind.FORBIDDEN, Outcomes.kind(Set.of(Reason.FORBIDDEN)));
        assertEquals(Kind.NOT_FOUND, Outcomes.kind(Set.of(Reason.NOT_FOUND)));
        assertEquals(Kind.UNAVAILABLE, Outcomes.kind(Set.of(Reason.SERVER_ERROR)));
        assertEquals(Kind.REJECTED, Outcomes.kind(Set.of(Reason.VALIDATION_FAILED)));
    }

    @Test
    public void noReasonIsARejection() {
        assertEquals(Kind.REJECTED, Outcomes.kind(Set.of()));
        assertEquals(Kind.REJECTED, Outcomes.kind(null));
    }

    @Test
    public void theMostTellingReasonWins() {
        assertEquals(Kind.FORBIDDEN, Outcomes.kind(EnumSet.of(Reason.VALIDATION_FAILED, Reason.NOT_FOUND, Reason.FORBIDDEN)));
        assertEquals(Kind.UNAUTHORISED, Outcomes.kind(EnumSet.allOf(Reason.class)));
    }
}
