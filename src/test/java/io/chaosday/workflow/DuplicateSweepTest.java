package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class DuplicateSweepTest {

    private static final ChaosDayId ID = ChaosDayId.fromName("Chaos Day");
    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private TrackedIssue make(String item, Optional<String> epic) {
        NewIssue issue = new NewIssue(new IssueIdentity(ID, item), item.startsWith("epic/") ? IssueKind.EPIC : IssueKind.TASK,
                item, List.of(), Optional.empty(), List.of(PlannedIssues.CHAOS_DAY_LABEL), epic);
        return jira.createIssues("CHAOS", List.of(issue), Progress.SILENT).get(0);
    }

    @Test
    public void aRunDeletesItsOwnCopiesThatLostAndMovesItsSurvivingTicketsUnderTheSurvivingEpic() {
        ChaosDayIssues before = ChaosDayIssues.of(ID, List.of());
        TrackedIssue theirEpic = make("epic/plan", Optional.empty());
        TrackedIssue myEpic = make("epic/plan", Optional.empty());
        TrackedIssue myTicket = make("scope", Optional.of(myEpic.key()));
        TrackedIssue theirTicket = make("scope", Optional.of(theirEpic.key()));

        DuplicateSweep.Result result = new DuplicateSweep(jira).sweep("CHAOS", before, List.of(myEpic, myTicket));

        assertFalse(jira.issues.containsKey(myEpic.key()));
        assertTrue("another run's copy is never touched by this one", jira.issues.containsKey(theirTicket.key()));
        assertEquals(Optional.of(theirEpic.key()), jira.issues.get(myTicket.key()).epicKey());
        assertEquals(List.of(myTicket.key()), result.kept().stream().map(TrackedIssue::key).toList());
        assertEquals(List.of(theirEpic.key()), result.lostTo().stream().map(TrackedIssue::key).toList());
    }

    @Test
    public void whenTheCountShowsNobodyElseWroteNothingMoreIsRead() {
        ChaosDayIssues before = ChaosDayIssues.of(ID, List.of());
        TrackedIssue mine = make("epic/plan", Optional.empty());
        jira.calls.clear();
        new DuplicateSweep(jira).sweep("CHAOS", before, List.of(mine));
        assertEquals(List.of("findIssues " + ID.label()), jira.calls);
    }

    @Test
    public void everyReaderTakesTheCopyWithTheLowestKeyNumber() {
        TrackedIssue first = make("epic/plan", Optional.empty());
        for (int i = 0; i < 9; i++) {
            make("epic/other" + i, Optional.empty());
        }
        TrackedIssue tenth = make("epic/plan", Optional.empty());
        assertEquals("CHAOS-11", tenth.key());
        ChaosDayIssues found = ChaosDayIssues.of(ID, List.of(tenth, first));
        assertEquals(first.key(), found.find(IssueIdentity.ofEpic(ID, io.chaosday.plan.Phase.PLAN)).orElseThrow().key());
    }
}
