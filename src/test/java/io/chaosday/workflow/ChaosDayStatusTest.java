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
}
