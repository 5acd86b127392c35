package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static io.chaosday.workflow.CreateChaosDayTest.plan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.review.Experiment;
import io.chaosday.review.Isolation;
import io.chaosday.review.Outcome;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class ChaosDayExperimentsTest {

    static final String FILE = """
            experiments:
              - title: Payments API loses its database and fails over within 30 s
                component: Payments API
                failure: {what: primary database stopped, where: staging, how: stop the instance}
                impact: {technical: writes fail for 30 s, business: card payments declined briefly}
                expectedResponse: on-call sees the alert and watches the fail-over
                rollback: start the instance again
                isolation: parallel
                environment: staging
                owner: Alice
                team: Payments
              - title: Search loses its cache
                rollback: restart the cache
                owner: Bob
                team: Search
            """;

    /** The same cards for a Chaos Day whose teams are numbered (Team 1, Team 2). */
    static final String FILE_FOR_NUMBERED_TEAMS = FILE.replace("team: Payments", "team: Team 1").replace("team: Search", "team: Team 2");

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final ChaosDayExperiments experiments = new ChaosDayExperiments(jira);

    @Before
    public void createTheChaosDay() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), PAYMENTS_AND_SEARCH, false),
                Progress.SILENT);
    }

    static final io.chaosday.plan.ChaosDayDefinition PAYMENTS_AND_SEARCH = io.chaosday.plan.ChaosDayDefinition.withDefaults(
            new io.chaosday.plan.ChaosDaySpec("Payments Chaos Day", LocalDate.parse("2027-03-10"), 1,
                    List.of("Payments", "Search"), io.chaosday.plan.WorkingCalendar.mondayToFriday()));

    private ChaosDayExperiments.Added add(String file, boolean force) {
        return experiments.add(new ChaosDayExperiments.AddRequest("CHAOS", ID, ExperimentsFile.parse(file, "experiments.yaml"),
                Optional.empty(), force, false), Progress.SILENT);
    }

    private String key(String title) {
        return jira.issues.values().stream().filter(i -> i.summary().equals(title)).findFirst().orElseThrow().key();
    }

    private ChaosDayExperiments.Added add() {
        return experiments.add("CHAOS", ID, ExperimentsFile.parse(FILE, "experiments.yaml"), false, Progress.SILENT);
    }

    @Test
    public void eachExperimentBecomesATicketUnderTheExecuteEpicOnTheChaosDay() {
        ChaosDayExperiments.Added added = add();
        assertEquals(2, added.created().size());
        TrackedIssue ticket = added.created().get(0);
        assertEquals(IssueKind.EXPERIMENT, ticket.kind());
        assertEquals(Optional.of(jira.byItem("epic/execute").key()), ticket.epicKey());
        assertEquals(Optional.of(LocalDate.parse("2027-03-10")), ticket.due());
        assertTrue(ticket.labels().contains("chaos-experiment"));
        assertTrue(jira.descriptions.get(ticket.key()).contains("How: stop the instance"));
    }

    @Test
    public void withoutTheChaosDayTicketExperimentsAreDueOnTheDayTheDefinitionKeeps() {
        jira.issues.remove(jira.byItem("chaos-day").key());
        ChaosDayExperiments.Added added = add();
        assertEquals(java.util.Optional.of(java.time.LocalDate.parse("2027-03-10")), added.created().get(0).due());
    }

    @Test
    public void addingTheSameFileAgainCreatesNothing() {
        add();
        ChaosDayExperiments.Added again = add();
        assertEquals(0, again.created().size());
        assertEquals(2, again.unchanged().size());
    }

    @Test
    public void theCardReadsBackExactlyWithItsOutcome() {
        add();
        ChaosDayIssues found = new ChaosDayFinder(jira).find("CHAOS", ID);
        experiments.recordOutcome(found, "payments api loses its database and fails over within 30 s", Outcome.RESOLVED_BY_TEAM);
        List<Experiment> listed = ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID));
        Experiment first = listed.get(0);
        assertEquals("Payments API", first.component());
        assertEquals("stop the instance", first.failure().how());
        assertEquals("card payments declined briefly", first.expectedImpact().business());
        assertEquals(Isolation.PARALLEL, first.isolation());
        assertEquals("Alice", first.owner());
        assertEquals(Outcome.RESOLVED_BY_TEAM, first.outcome());
        assertEquals(Outcome.NOT_RUN, listed.get(1).outcome());
    }

    @Test
    public void aNewOutcomeReplacesTheOldOne() {
        add();
        String key = jira.byItem("experiment/search-loses-its-cache-052387a7").key();
        experiments.recordOutcome(new ChaosDayFinder(jira).find("CHAOS", ID), key, Outcome.RESOLVED_BY_AGENTS);
        experiments.recordOutcome(new ChaosDayFinder(jira).find("CHAOS", ID), key, Outcome.RESOLVED_BY_TEAM);
        assertEquals(Outcome.RESOLVED_BY_TEAM, ExperimentCard.outcomeOf(jira.issues.get(key).labels()));
        assertEquals(1, jira.issues.get(key).labels().stream().filter(l -> l.startsWith("chaos-outcome-")).count());
    }

    @Test
    public void anExperimentWithoutARollbackIsRefusedWithItsLine() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> ExperimentsFile.parse(
                "experiments:\n  - title: x\n    owner: y\n", "exp.yaml"));
        assertEquals("exp.yaml line 2: this experiment has no 'rollback'; every experiment needs title, rollback, owner",
                e.getMessage());
    }

    @Test
    public void anUnknownCardKeyIsNamed() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> ExperimentsFile.parse(
                "experiments:\n  - title: x\n    owner: y\n    rollbak: z\n", "exp.yaml"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("exp.yaml line 4: unknown experiment key 'rollbak'"));
    }

    @Test
    public void experimentsNeedTheChaosDayCreatedFirst() {
        FakeIssueTracker empty = new FakeIssueTracker().withProject("EMPTY");
        WorkflowException e = assertThrows(WorkflowException.class, () -> new ChaosDayExperiments(empty).add("EMPTY", ID,
                ExperimentsFile.parse(FILE, "experiments.yaml"), false, Progress.SILENT));
        assertEquals(new WorkflowFailure.NoExecuteEpic("EMPTY"), e.failure());
    }

    @Test
    public void addingAnExperimentAgainUpdatesTheFieldsThatChangedAndSaysWhich() {
        add();
        String key = key("Search loses its cache");
        ChaosDayExperiments.Added again = add(FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache")
                .replace("owner: Bob", "owner: Carol"), false);
        assertEquals(List.of(), again.created());
        assertEquals(1, again.changed().size());
        assertEquals(key, again.changed().get(0).issue().key());
        assertEquals(List.of("rollback", "owner"), again.changed().get(0).updated());
        assertEquals(List.of(), again.changed().get(0).kept());
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("flush and warm the cache"));
        assertEquals(Optional.of("Carol"), jira.issues.get(key).assignee());
        Experiment listed = ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID)).stream()
                .filter(e -> e.title().equals("Search loses its cache")).findFirst().orElseThrow();
        assertEquals("flush and warm the cache", listed.rollback());
        assertEquals("a third run changes nothing", 2,
                add(FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache")
                        .replace("owner: Bob", "owner: Carol"), false).unchanged().size());
    }

    @Test
    public void aDescriptionAPersonEditedIsKeptAndNamedUnlessForced() {
        add();
        String key = key("Search loses its cache");
        jira.editDescription(key, "h2. Rollback\nrestart the cache, then page the search on-call");
        String changed = FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache");
        ChaosDayExperiments.Added kept = add(changed, false);
        assertEquals(List.of("rollback"), kept.changed().get(0).kept());
        assertEquals(List.of(), kept.changed().get(0).updated());
        assertEquals("h2. Rollback\nrestart the cache, then page the search on-call", jira.descriptions.get(key));
        assertEquals("still kept on the next run", List.of("rollback"), add(changed, false).changed().get(0).kept());
        ChaosDayExperiments.Added forced = add(changed, true);
        assertEquals(List.of("rollback"), forced.changed().get(0).updated());
        assertTrue(jira.descriptions.get(key).contains("flush and warm the cache"));
    }

    @Test
    public void aSectionAPersonAddedIsNoEditOfTheCardAndForceKeepsItWhileOverwritingTheCardsParts() {
        add();
        String key = key("Search loses its cache");
        jira.editDescription(key, jira.descriptions.get(key).replace("h2. On the day",
                "h2. Notes from Bob\n\nthe cache warms in 40 s\n\nh2. On the day"));

        ChaosDayExperiments.Change search = add(FILE.replace("    rollback: restart the cache\n",
                "    rollback: flush and warm the cache\n    environment: production\n"), false).changed().get(0);

        assertEquals(List.of("rollback", "environment"), search.updated());
        assertEquals("a section of a person's own is not an edit of the card", List.of(), search.kept());
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("Environment: production"));
        assertTrue(jira.descriptions.get(key), jira.descriptions.get(key).contains("the cache warms in 40 s"));

        jira.editDescription(key, jira.descriptions.get(key).replace("flush and warm the cache", "flush the cache by hand"));
        String changed = FILE.replace("    rollback: restart the cache\n",
                "    rollback: drop and rebuild the cache\n    environment: production\n");
        assertEquals(List.of("rollback"), add(changed, false).changed().get(0).kept());
        ChaosDayExperiments.Change forced = add(changed, true).changed().get(0);

        assertEquals(List.of("rollback"), forced.updated());
        String now = jira.descriptions.get(key);
        assertTrue(now, now.contains("drop and rebuild the cache") && !now.contains("by hand"));
        assertTrue("--force overrides only the card's own parts: " + now,
                now.contains("h2. Notes from Bob") && now.contains("the cache warms in 40 s"));
        assertTrue(now, now.indexOf("Notes from Bob") < now.indexOf("On the day") && now.indexOf("Running it") < now.indexOf("Notes from Bob"));
    }

    @Test
    public void anEditToOnePartKeepsThatPartWhileTheRollbackStillChanges() {
        add();
        String key = key("Search loses its cache");
        String written = jira.descriptions.get(key);
        assertTrue(written, written.contains("* Technical: \n"));
        jira.editDescription(key, written.replace("* Technical: \n", "* Technical: search answers from the index, 3x slower\n")
                .replace("* Started (time, by whom)", "* Started 10:02 by Bob"));

        ChaosDayExperiments.Change change = add(FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache"),
                false).changed().get(0);

        assertEquals(List.of("rollback"), change.updated());
        assertEquals(List.of(), change.kept());
        String now = jira.descriptions.get(key);
        assertTrue(now, now.contains("flush and warm the cache"));
        assertTrue("the person's impact stays: " + now, now.contains("* Technical: search answers from the index, 3x slower"));
        assertTrue("the person's checklist stays: " + now, now.contains("* Started 10:02 by Bob"));
        assertEquals("a third run changes nothing", 2,
                add(FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache"), false).unchanged().size());
    }

    @Test
    public void aPartAPersonEditedIsKeptAndNamedWhileOtherFieldsChange() {
        add();
        String key = key("Search loses its cache");
        jira.editDescription(key, jira.descriptions.get(key).replace("restart the cache", "restart the cache, then page the search on-call"));
        String changed = FILE.replace("rollback: restart the cache", "rollback: flush and warm the cache").replace("owner: Bob", "owner: Carol");

        ChaosDayExperiments.Change change = add(changed, false).changed().get(0);

        assertEquals(List.of("rollback"), change.kept());
        assertEquals(List.of("owner"), change.updated());
        String now = jira.descriptions.get(key);
        assertTrue(now, now.contains("restart the cache, then page the search on-call"));
        assertTrue(now, now.contains("Owner (Agent of Chaos): Carol"));
        assertEquals(Optional.of("Carol"), jira.issues.get(key).assignee());
        Experiment listed = ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID)).stream()
                .filter(e -> e.title().equals("Search loses its cache")).findFirst().orElseThrow();
        assertEquals("the card says what the ticket says", "restart the cache", listed.rollback());
        assertEquals("Carol", listed.owner());

        ChaosDayExperiments.Change again = add(changed, false).changed().get(0);
        assertEquals("still kept, and named, on the next run", List.of("rollback"), again.kept());
        assertEquals(List.of(), again.updated());

        ChaosDayExperiments.Change forced = add(changed, true).changed().get(0);
        assertEquals(List.of("rollback"), forced.updated());
        assertTrue(jira.descriptions.get(key).contains("flush and warm the cache"));
        assertTrue(!jira.descriptions.get(key).contains("page the search on-call"));
    }

    @Test
    public void aDueDateOrAssigneeAPersonChangedIsKept() {
        add();
        String key = key("Search loses its cache");
        jira.edit(jira.issues.get(key).identity().orElseThrow().item().key(), "Search loses its cache", "Alice", LocalDate.parse("2027-03-11"));
        ChaosDayExperiments.Added again = add(FILE.replace("owner: Bob", "owner: Carol"), false);
        ChaosDayExperiments.Change change = again.changed().stream().filter(c -> c.issue().key().equals(key)).findFirst().orElseThrow();
        assertEquals(List.of("owner"), change.updated());
        assertEquals(List.of("date", "assignee"), change.kept());
        assertEquals(Optional.of("Alice"), jira.issues.get(key).assignee());
        assertEquals(Optional.of(LocalDate.parse("2027-03-11")), jira.issues.get(key).due());
    }

    @Test
    public void theOwnerIsAssignedAndAnUnknownOneIsReported() {
        ChaosDayExperiments.Added added = add(FILE.replace("owner: Bob", "owner: nobody@example.com"), false);
        assertEquals(Optional.of("Alice"), jira.issues.get(key("Payments API loses its database and fails over within 30 s")).assignee());
        assertEquals(List.of(key("Search loses its cache")), added.unassigned().stream().map(u -> u.issue().key()).toList());
    }

    @Test
    public void aTeamThatIsNotInTheChaosDayIsAnErrorListingTheTeams() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> add(FILE.replace("team: Search", "team: Ledger"), false));
        assertEquals(new WorkflowFailure.UnknownTeam("Ledger", List.of("Payments", "Search")), e.failure());
        assertEquals("nothing was created", 0, jira.issues.values().stream().filter(i -> i.labels().contains("chaos-experiment")).count());
    }

    @Test
    public void beforeTheChaosDayAnUnmarkedExperimentIsPlanned() {
        add();
        ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID);
        assertEquals(Outcome.PLANNED, ChaosDayExperiments.list(found, Optional.of(LocalDate.parse("2027-03-09"))).get(0).outcome());
        assertEquals(Outcome.NOT_RUN, ChaosDayExperiments.list(found, Optional.of(LocalDate.parse("2027-03-10"))).get(0).outcome());
    }

    @Test
    public void aSecurityLevelIsSetOnNewAndExistingTicketsAndAnUnknownOneIsRefused() {
        jira.securityLevels.put("CHAOS", List.of(new io.chaosday.tracker.SecurityLevel("10100", "Agents of Chaos")));
        add();
        String existing = key("Search loses its cache");
        ChaosDayExperiments.Added secured = experiments.add(new ChaosDayExperiments.AddRequest("CHAOS", ID,
                ExperimentsFile.parse(FILE, "experiments.yaml"), Optional.of("agents of chaos"), false, false), Progress.SILENT);
        assertEquals("10100", jira.securityLevelOf.get(existing));
        assertEquals(List.of("security level"), secured.changed().get(0).updated());
        WorkflowException e = assertThrows(WorkflowException.class, () -> experiments.add(new ChaosDayExperiments.AddRequest(
                "CHAOS", ID, ExperimentsFile.parse(FILE, "experiments.yaml"), Optional.of("Staff"), false, false), Progress.SILENT));
        assertEquals(new WorkflowFailure.NoSuchSecurityLevel("CHAOS", "Staff", List.of("Agents of Chaos")), e.failure());
    }

    @Test
    public void aNewTicketIsCreatedAtTheSecurityLevel() {
        jira.securityLevels.put("CHAOS", List.of(new io.chaosday.tracker.SecurityLevel("10100", "Agents of Chaos")));
        experiments.add(new ChaosDayExperiments.AddRequest("CHAOS", ID, ExperimentsFile.parse(FILE, "experiments.yaml"),
                Optional.of("Agents of Chaos"), false, false), Progress.SILENT);
        assertEquals("10100", jira.securityLevelOf.get(key("Search loses its cache")));
    }
}
