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

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final ChaosDayExperiments experiments = new ChaosDayExperiments(jira);

    @Before
    public void createTheChaosDay() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
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
        String key = jira.byItem("experiment/search-loses-its-cache").key();
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
}
