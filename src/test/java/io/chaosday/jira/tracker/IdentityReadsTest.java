package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The plugin's tracker reads an issue's identity from its label, as the REST adapter does: no store read per issue. */
public class IdentityReadsTest {

    private static final ChaosDayId CHAOS_DAY = new ChaosDayId("payments-chaos-day");

    private final JiraServicesInMemory jira = new JiraServicesInMemory();
    private final JiraJavaTracker tracker = jira.tracker();

    private List<TrackedIssue> tickets(int count) {
        List<NewIssue> wanted = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            wanted.add(new NewIssue(new IssueIdentity(CHAOS_DAY, "kickoff/Team " + i), IssueKind.TASK, "Kick-off " + i, List.of(),
                    Optional.of(LocalDate.parse("2027-02-15")), List.of("chaos-day"), Optional.empty()));
        }
        return tracker.createIssues("CHAOS", wanted, Progress.SILENT);
    }

    @Test
    public void issuesCarryingTheirIdentityLabelAreFoundWithoutReadingTheIdentityProperty() {
        tickets(5);
        clearInvocations(jira.propertyStore);

        List<TrackedIssue> found = tracker.findIssues("CHAOS", CHAOS_DAY.label());

        assertEquals(5, found.stream().filter(i -> i.identity().isPresent()).count());
        verify(jira.propertyStore, times(0)).get(eq(IssuePropertyStore.ISSUE), anyLong(), eq(IssueIdentity.PROPERTY_KEY));
    }

    @Test
    public void anIssueWithoutAnIdentityLabelHasItsPropertyRead() {
        String key = tickets(2).get(0).key();
        jira.removeIdentityLabel(key);
        clearInvocations(jira.propertyStore);

        List<TrackedIssue> found = tracker.findIssues("CHAOS", CHAOS_DAY.label());

        assertEquals(new IssueIdentity(CHAOS_DAY, "kickoff/Team 1"),
                found.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow().identity().orElseThrow());
        verify(jira.propertyStore, times(1)).get(eq(IssuePropertyStore.ISSUE), anyLong(), eq(IssueIdentity.PROPERTY_KEY));
    }
}
