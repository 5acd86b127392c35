package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static io.chaosday.workflow.CreateChaosDayTest.plan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.tracker.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class RescheduleChaosDayTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private RescheduleChaosDay.Report reschedule(String date, int teams, boolean dryRun) {
        ChaosDayIssues found = new ChaosDayFinder(jira).find("CHAOS", ID);
        return new RescheduleChaosDay(jira).run("CHAOS", found, plan(date, teams), dryRun, Progress.SILENT);
    }

    @org.junit.Before
    public void createTheChaosDay() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
    }

    @Test
    public void everyOpenTicketAndEpicMovesWithTheDate() {
        RescheduleChaosDay.Report report = reschedule("2027-03-17", 2, false);
        assertEquals(4 + 12, report.moved().size());
        assertEquals(Optional.of(LocalDate.parse("2027-03-17")), jira.byItem("chaos-day").due());
        assertEquals(Optional.of(LocalDate.parse("2027-03-03")), jira.byItem("shortlist").due());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("confirm").due());
    }

    @Test
    public void rescheduleLeavesDoneTicketsAlone() {
        jira.markDone("scope");
        LocalDate before = jira.byItem("scope").due().orElseThrow();
        RescheduleChaosDay.Report report = reschedule("2027-03-17", 2, false);
        assertEquals(Optional.of(before), jira.byItem("scope").due());
        assertEquals(List.of(jira.byItem("scope").key()), report.done().stream().map(i -> i.key()).toList());
    }

    @Test
    public void sameDateMovesNothingAndSendsNoWrite() {
        RescheduleChaosDay.Report report = reschedule("2027-03-10", 2, false);
        assertTrue(report.moved().isEmpty());
        assertTrue(jira.calls.stream().noneMatch(c -> c.startsWith("changeDueDates")));
    }

    @Test
    public void dryRunReportsMovesWithoutWriting() {
        RescheduleChaosDay.Report report = reschedule("2027-03-17", 2, true);
        assertEquals(16, report.moved().size());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), jira.byItem("chaos-day").due());
        RescheduleChaosDay.Move move = report.moved().stream()
                .filter(m -> m.issue().key().equals(jira.byItem("chaos-day").key())).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), move.change().from());
        assertEquals(LocalDate.parse("2027-03-17"), move.change().to());
    }

    @Test
    public void teamsAreReadBackFromTheTracker() {
        assertEquals(List.of("Team 1", "Team 2"), new ChaosDayFinder(jira).find("CHAOS", ID).teams());
    }

    @Test
    public void aPlanWithFewerTeamsLeavesTheOthersAloneAndSaysSo() {
        RescheduleChaosDay.Report report = reschedule("2027-03-17", 1, false);
        assertTrue(report.notInPlan().stream().anyMatch(i -> i.key().equals(jira.byItem("kickoff/Team 2").key())));
        assertEquals(Optional.of(LocalDate.parse("2027-02-22")), jira.byItem("kickoff/Team 2").due());
        assertEquals(2, report.missing().size()); // the single-team kickoff and review tickets
    }

    @Test
    public void experimentsOnTheChaosDayMoveWithIt() {
        new ChaosDayExperiments(jira).add("CHAOS", ID, ExperimentsFile.parse(ChaosDayExperimentsTest.FILE_FOR_NUMBERED_TEAMS, "e.yaml"), false,
                Progress.SILENT);
        String moved = jira.byItem("experiment/search-loses-its-cache-052387a7").key();
        jira.edit("experiment/payments-api-loses-its-database-and-fails-over-within-30-s-6cb704f9", "Payments API failover",
                null, LocalDate.parse("2027-03-11"));
        reschedule("2027-03-17", 2, false);
        assertEquals(Optional.of(LocalDate.parse("2027-03-17")), jira.issues.get(moved).due());
        assertEquals(Optional.of(LocalDate.parse("2027-03-11")),
                jira.byItem("experiment/payments-api-loses-its-database-and-fails-over-within-30-s-6cb704f9").due());
    }

    @Test
    public void experimentsAlreadyOnTheChaosDayCountAsOnTheirDate() {
        new ChaosDayExperiments(jira).add("CHAOS", ID, ExperimentsFile.parse(ChaosDayExperimentsTest.FILE_FOR_NUMBERED_TEAMS, "e.yaml"), false,
                Progress.SILENT);
        RescheduleChaosDay.Report report = reschedule("2027-03-10", 2, true);
        assertTrue(report.moved().isEmpty());
        assertTrue(report.unchanged().stream().anyMatch(i -> i.key().equals(jira.byItem("experiment/search-loses-its-cache-052387a7").key())));
    }

    private RescheduleChaosDay.Report match(io.chaosday.plan.ChaosDayDefinition definition, boolean dryRun) {
        ChaosDayIssues found = new ChaosDayFinder(jira).find("CHAOS", ID);
        return new RescheduleChaosDay(jira).run("CHAOS", found, definition, dryRun, Progress.SILENT);
    }

    private java.util.Set<String> heldItems() {
        return jira.issues.values().stream().map(i -> i.identity().orElseThrow().item().key())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> plannedItems(io.chaosday.plan.ChaosDayDefinition definition) {
        return PlannedIssues.of(definition, ID).stream().map(p -> p.identity().item().key())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    public void teamsThatJoinGetTheirKickOffAndReviewOnTheirPlannedDates() {
        io.chaosday.plan.ChaosDayDefinition four = definition("2027-03-17", 4);
        RescheduleChaosDay.Report report = match(four, false);
        assertEquals("two teams join: a kick-off and a review each", 4, report.created().size());
        assertEquals(plannedItems(four), heldItems());
        assertEquals("nothing twice", jira.issues.size(), heldItems().size());
        for (PlannedIssue p : PlannedIssues.of(four, ID)) {
            assertEquals(p.identity().item().key(), Optional.of(p.due()), jira.byItem(p.identity().item().key()).due());
        }
        assertEquals("the new tickets sit under their phase's epic", jira.byItem("epic/plan").key(),
                jira.byItem("kickoff/Team 4").epicKey().orElseThrow());
        assertEquals(four, new ChaosDayFinder(jira).find("CHAOS", ID).definition().orElseThrow());
    }

    @Test
    public void oneTeamBecomingSeveralGetsEachTeamsTicketsAndTheTeamOfTeamsReview() {
        FakeIssueTracker one = new FakeIssueTracker().withProject("ONE");
        new CreateChaosDay(one).run(new CreateChaosDay.Request("ONE", Optional.empty(), definition("2027-03-10", 1), false),
                Progress.SILENT);
        assertTrue(one.issues.values().stream().noneMatch(i -> i.identity().orElseThrow().item().key().startsWith("team-of-teams")));
        ChaosDayIssues found = new ChaosDayFinder(one).find("ONE", ID);
        RescheduleChaosDay.Report report = new RescheduleChaosDay(one).run("ONE", found, definition("2027-03-17", 6), false,
                Progress.SILENT);
        java.util.Set<String> created = report.created().stream().map(i -> i.identity().orElseThrow().item().key())
                .collect(java.util.stream.Collectors.toSet());
        for (int team = 1; team <= 6; team++) {
            assertTrue(created.toString(), created.contains("kickoff/Team " + team) && created.contains("review/Team " + team));
        }
        assertTrue(created.toString(), created.stream().anyMatch(k -> k.startsWith("team-of-teams")));
        assertEquals("the one-team kick-off and review are listed, not deleted", 2, report.notInPlan().size());
    }

    @Test
    public void aDryRunListsWhatItWouldCreateAndCreatesNothing() {
        int before = jira.issues.size();
        jira.calls.clear();
        RescheduleChaosDay.Report report = match(definition("2027-03-17", 4), true);
        assertEquals(4, report.missing().size());
        assertTrue(report.created().isEmpty());
        assertEquals(before, jira.issues.size());
        assertTrue(jira.calls.toString(), jira.calls.stream().noneMatch(c -> c.startsWith("createIssues") || c.startsWith("changeDueDates")));
    }

    @Test
    public void matchingAgainCreatesAndMovesNothing() {
        match(definition("2027-03-17", 4), false);
        jira.calls.clear();
        RescheduleChaosDay.Report again = match(definition("2027-03-17", 4), false);
        assertTrue(again.created().isEmpty());
        assertTrue(again.moved().isEmpty());
        assertTrue(jira.calls.toString(), jira.calls.stream().noneMatch(c -> c.startsWith("createIssues") || c.startsWith("changeDueDates")));
    }

    @Test
    public void aCreateCutShortByTheNetworkEndsWithEachTicketOnce() {
        jira.dropConnectionAfter = 2;
        io.chaosday.plan.ChaosDayDefinition four = definition("2027-03-17", 4);
        match(four, false);
        assertEquals(plannedItems(four), heldItems());
        assertEquals("nothing twice", jira.issues.size(), heldItems().size());
    }

    @Test
    public void aRenamedChaosDayIsAddedToNotMadeAgain() {
        match(definition("Payments Game Day", "2027-03-17", 4), false);
        assertTrue(jira.issues.values().stream().allMatch(i -> i.identity().orElseThrow().chaosDay().equals(ID)));
        assertEquals(plannedItems(definition("2027-03-17", 4)), heldItems());
    }

    @Test
    public void doneTicketsKeepTheirDatesWhileTeamsJoin() {
        jira.markDone("kickoff/Team 1");
        LocalDate before = jira.byItem("kickoff/Team 1").due().orElseThrow();
        match(definition("2027-03-17", 4), false);
        assertEquals(Optional.of(before), jira.byItem("kickoff/Team 1").due());
    }
}
