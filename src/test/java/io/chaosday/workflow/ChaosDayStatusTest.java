package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static io.chaosday.workflow.CreateChaosDayTest.plan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ChaosDayStatusTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private void create(String name) {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition(name, "2027-03-10", 2), false),
                Progress.SILENT);
    }

    @Test
    public void countsDoneTicketsPerPhaseAndListsOverdueOnes() {
        create("Payments Chaos Day");
        jira.markDone("scope");
        jira.markDone("kickoff/Team 1");
        ChaosDayStatus.Report report = ChaosDayStatus.of(new ChaosDayFinder(jira).find("CHAOS", Optional.empty()),
                LocalDate.parse("2027-02-24"));
        ChaosDayStatus.PhaseProgress planPhase = report.phases().get(0);
        assertEquals(Phase.PLAN, planPhase.phase());
        assertEquals(2, planPhase.done());
        assertEquals(7, planPhase.total());
        assertEquals(List.of(jira.byItem("kickoff/Team 2").key(), jira.byItem("agents").key()),
                report.overdue().stream().map(i -> i.key()).toList());
        assertEquals(Optional.of(14L), report.daysToChaosDay());
        assertEquals(Optional.of(Phase.PLAN), report.current());
    }

    @Test
    public void twoChaosDaysInOneProjectNeedANameToTellThemApart() {
        create("Payments Chaos Day");
        create("Search");
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> new ChaosDayFinder(jira).find("CHAOS", Optional.empty()));
        assertEquals(new WorkflowFailure.SeveralChaosDays("CHAOS", java.util.List.of("Payments Chaos Day", "Search")), e.failure());
    }

    @Test
    public void projectWithoutAChaosDaySaysHowToCreateOne() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> new ChaosDayFinder(jira).find("CHAOS", Optional.empty()));
        assertEquals(new WorkflowFailure.NoChaosDay("CHAOS"), e.failure());
    }

    @Test
    public void improvementTicketsAreCountedOnTheirOwnNotInTheReviewPhase() {
        create("Payments Chaos Day");
        int reviewBefore = ChaosDayStatus.of(new ChaosDayFinder(jira).find("CHAOS", Optional.empty()),
                LocalDate.parse("2027-02-24")).phases().get(2).total();
        jira.createIssues("CHAOS", List.of(new io.chaosday.tracker.NewIssue(
                new io.chaosday.tracker.IssueIdentity(ID, "improvement/review/team-1/add-alerting"),
                io.chaosday.tracker.IssueKind.TASK, "Add alerting", List.of(), Optional.of(LocalDate.parse("2027-04-30")),
                List.of(PlannedIssues.CHAOS_DAY_LABEL), Optional.empty())), Progress.SILENT);
        jira.markDone("improvement/review/team-1/add-alerting");
        ChaosDayStatus.Report report = ChaosDayStatus.of(new ChaosDayFinder(jira).find("CHAOS", Optional.empty()),
                LocalDate.parse("2027-02-24"));
        assertEquals(Phase.REVIEW, report.phases().get(2).phase());
        assertEquals(reviewBefore, report.phases().get(2).total());
        assertEquals(new ChaosDayStatus.Improvements(1, 1), report.improvements());
    }

    @Test
    public void listsOpenTicketsDueInTheNextSevenDaysApartFromOverdueOnes() {
        create("Payments Chaos Day");
        LocalDate today = LocalDate.parse("2027-02-24");
        ChaosDayStatus.Report report = ChaosDayStatus.of(new ChaosDayFinder(jira).find("CHAOS", Optional.empty()), today);
        assertEquals(false, report.dueThisWeek().isEmpty());
        for (var issue : report.dueThisWeek()) {
            LocalDate due = issue.due().orElseThrow();
            assertEquals(issue.key(), true, !due.isBefore(today) && due.isBefore(today.plusDays(7)) && !issue.done());
        }
        long expected = jira.issues.values().stream().filter(i -> !i.done() && i.identity().isPresent()
                && !(i.identity().get().item() instanceof io.chaosday.tracker.Item.PhaseEpic)
                && i.due().filter(d -> !d.isBefore(today) && d.isBefore(today.plusDays(7))).isPresent()).count();
        assertEquals(expected, report.dueThisWeek().size());
        assertEquals(true, report.dueThisWeek().stream().noneMatch(report.overdue()::contains));
    }

    @Test
    public void aNameNoChaosDayHasIsAnErrorListingThoseThereAre() {
        create("Payments Chaos Day");
        create("Search");
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> new ChaosDayFinder(jira).findByName("CHAOS", Optional.of("Other Day")));
        assertEquals(new WorkflowFailure.UnknownChaosDay("CHAOS", "Other Day", List.of("Payments Chaos Day", "Search")),
                e.failure());
    }

    @Test
    public void aProjectThatDoesNotExistIsSaidToBeSo() {
        WorkflowException e = assertThrows(WorkflowException.class,
                () -> new ChaosDayFinder(jira).find("NOSUCH", Optional.empty()));
        assertEquals(new WorkflowFailure.NoSuchProject("NOSUCH"), e.failure());
        WorkflowException named = assertThrows(WorkflowException.class,
                () -> new ChaosDayFinder(jira).find("NOSUCH", Optional.of(ID)));
        assertEquals(new WorkflowFailure.NoSuchProject("NOSUCH"), named.failure());
    }
}
