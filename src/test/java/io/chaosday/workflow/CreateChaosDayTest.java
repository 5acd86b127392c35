package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Scheduler;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class CreateChaosDayTest {

    static final ChaosDayId ID = ChaosDayId.fromName("Payments Chaos Day");

    static ChaosDayPlan plan(String date, int teams) {
        return Scheduler.withDefaults().schedule(new ChaosDaySpec("Payments Chaos Day", LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday()));
    }

    static ChaosDayDefinition definition(String date, int teams) {
        return definition("Payments Chaos Day", date, teams);
    }

    static ChaosDayDefinition definition(String name, String date, int teams) {
        return ChaosDayDefinition.withDefaults(new ChaosDaySpec(name, LocalDate.parse(date), 1,
                ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday()));
    }

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private CreateChaosDay.Report create(ChaosDayDefinition definition) {
        return new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
    }

    @Test
    public void createsFourEpicsAndEveryTicketLinkedToItsEpic() {
        CreateChaosDay.Report report = create(definition("2027-03-10", 3));
        // 3 teams: scope, 3 kick-offs, agents, shortlist, confirm, prepare, chaos-day, 3 reviews, team-of-teams, share
        assertEquals(4 + 14, report.created().size());
        TrackedIssue planEpic = jira.byItem("epic/plan");
        assertEquals(Optional.of(planEpic.key()), jira.byItem("kickoff/Team 2").epicKey());
        assertEquals(Optional.of(jira.byItem("epic/share").key()), jira.byItem("share").epicKey());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
        assertEquals(Optional.of(LocalDate.parse("2027-03-09")), planEpic.due());
    }

    @Test
    public void anEpicAPersonDeletedIsMadeAgainAndTakesBackItsPhasesOpenTickets() {
        create(definition("2027-03-10", 2));
        String deleted = jira.byItem("epic/plan").key();
        jira.issues.remove(deleted); // as a person would; the tickets still name it
        jira.markDone("kickoff/Team 1");
        jira.calls.clear();

        CreateChaosDay.Report again = create(definition("2027-03-10", 2));

        String remade = jira.byItem("epic/plan").key();
        assertEquals(java.util.List.of(remade), again.created().stream().map(TrackedIssue::key).toList());
        java.util.List<TrackedIssue> openPlanTickets = jira.issues.values().stream()
                .filter(i -> i.identity().orElseThrow().item() instanceof io.chaosday.tracker.Item.StepTicket t
                        && t.phase().equals(Optional.of(io.chaosday.plan.Phase.PLAN)) && !i.done()).toList();
        assertTrue(openPlanTickets.size() > 3);
        for (TrackedIssue open : openPlanTickets) {
            assertEquals(open.summary(), Optional.of(remade), open.epicKey());
        }
        assertEquals("a done ticket keeps the epic it was done under", Optional.of(deleted), jira.byItem("kickoff/Team 1").epicKey());
        assertEquals("only the re-made epic's tickets move", openPlanTickets.size(),
                jira.calls.stream().filter(c -> c.startsWith("moveToEpic ") && c.endsWith(" " + remade)).count());
        assertEquals(openPlanTickets.size(), jira.calls.stream().filter(c -> c.startsWith("moveToEpic ")).count());
    }

    @Test
    public void aReMadeExecuteEpicTakesBackTheExperimentsToo() {
        create(definition("2027-03-10", 1));
        new ChaosDayExperiments(jira).add("CHAOS", ID, ExperimentsFile.parse("""
                experiments:
                  - title: Payments loses its database
                    rollback: start it again
                    owner: Alice
                """, "e.yaml"), false, Progress.SILENT);
        jira.issues.remove(jira.byItem("epic/execute").key());

        create(definition("2027-03-10", 1));

        String remade = jira.byItem("epic/execute").key();
        TrackedIssue experiment = jira.issues.values().stream().filter(i -> i.summary().equals("Payments loses its database"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(remade), experiment.epicKey());
        assertEquals(Optional.of(remade), jira.byItem("chaos-day").epicKey());
    }

    @Test
    public void aTicketAPersonPutUnderAnotherEpicOfTheChaosDayStaysThere() {
        create(definition("2027-03-10", 1));
        String shareEpic = jira.byItem("epic/share").key();
        jira.moveToEpic(jira.byItem("scope").key(), shareEpic);
        jira.issues.remove(jira.byItem("epic/plan").key());

        create(definition("2027-03-10", 1));

        assertEquals(Optional.of(shareEpic), jira.byItem("scope").epicKey());
    }

    @Test
    public void secondRunCreatesNothing() {
        create(definition("2027-03-10", 1));
        CreateChaosDay.Report again = create(definition("2027-03-10", 1));
        assertEquals(0, again.created().size());
        assertEquals(13, again.unchanged().size());
        assertEquals(13, jira.issues.size());
    }

    @Test
    public void runThatDroppedHalfWayIsFinishedWithoutDuplicates() {
        jira.dropConnectionAfter = 5;
        CreateChaosDay.Report report = create(definition("2027-03-10", 4));
        long distinct = jira.issues.values().stream().map(s -> s.identity().orElseThrow().item()).distinct().count();
        assertEquals(jira.issues.size(), distinct);
        assertEquals(4 + PlannedIssues.of(plan("2027-03-10", 4), ID).size() - 4, jira.issues.size());
        assertEquals("the issues whose answer was lost are reported as created too", jira.issues.size(), report.created().size());
    }

    @Test
    public void rerunAfterAKilledRunAddsOnlyWhatIsMissing() {
        create(definition("2027-03-10", 2));
        jira.issues.remove(jira.byItem("review/Team 2").key());
        jira.issues.remove(jira.byItem("share").key());
        CreateChaosDay.Report report = create(definition("2027-03-10", 2));
        assertEquals(2, report.created().size());
        assertEquals(Optional.of(jira.byItem("epic/share").key()), jira.byItem("share").epicKey());
    }

    @Test
    public void rerunNeverTouchesAPersonsEdits() {
        create(definition("2027-03-10", 1));
        jira.edit("scope", "Scope agreed with the payments tribe", "alice", LocalDate.parse("2027-02-16"));
        create(definition("2027-03-10", 1));
        TrackedIssue scope = jira.byItem("scope");
        assertEquals("Scope agreed with the payments tribe", scope.summary());
        assertEquals(Optional.of("alice"), scope.assignee());
        assertFalse(jira.calls.stream().anyMatch(c -> c.startsWith("changeDueDates")));
    }

    @Test
    public void dryRunWritesNothingAndListsWhatItWouldCreate() {
        CreateChaosDay.Report report = new CreateChaosDay(jira).run(
                new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 1), true), Progress.SILENT);
        assertEquals(13, report.wouldCreate().size());
        assertTrue(jira.issues.isEmpty());
    }

    @Test
    public void missingProjectWithoutANameIsRefusedWithWhatToDo() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> new CreateChaosDay(jira).run(
                new CreateChaosDay.Request("NOPE", Optional.empty(), definition("2027-03-10", 1), false), Progress.SILENT));
        assertEquals(new WorkflowFailure.ProjectNotFound("NOPE"), e.failure());
    }

    @Test
    public void missingProjectIsCreatedWhenNamed() {
        CreateChaosDay.Report report = new CreateChaosDay(jira).run(new CreateChaosDay.Request("NEW",
                Optional.of(new NewProject("NEW", "New", Optional.empty())), definition("2027-03-10", 1), false), Progress.SILENT);
        assertTrue(report.projectCreated());
        assertEquals(13, report.created().size());
    }

    @Test
    public void anotherChaosDayInTheSameProjectIsKeptApart() {
        create(definition("2027-03-10", 1));
        CreateChaosDay.Report report = new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                definition("Search Chaos Day", "2027-03-10", 1), false), Progress.SILENT);
        assertEquals(13, report.created().size());
        assertEquals(26, jira.issues.size());
    }
}
