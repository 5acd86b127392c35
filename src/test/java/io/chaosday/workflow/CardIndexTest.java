package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import io.chaosday.review.Experiment;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.mockito.AdditionalAnswers;
import org.junit.Test;

/**
 * Where the tracker's search cannot carry properties (as Jira Data Center's), an add keeps every
 * card in one index on the Execute epic, and finding the Chaos Day with its cards reads the index
 * instead of each card; a card the index may not hold right is read from its ticket.
 */
public class CardIndexTest {

    private static final String CHANGED = ChaosDayExperimentsTest.FILE.replace("rollback: restart the cache",
            "rollback: flush the cache and warm it again");

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final ChaosDayExperiments experiments = new ChaosDayExperiments(jira);

    @Before
    public void aChaosDayOnATrackerWhoseSearchCarriesNoProperties() {
        jira.searchWithoutProperties = true;
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), ChaosDayExperimentsTest.PAYMENTS_AND_SEARCH,
                false), Progress.SILENT);
    }

    private ChaosDayExperiments.Added add(String file) {
        return experiments.add("CHAOS", ID, ExperimentsFile.parse(file, "experiments.yaml"), false, Progress.SILENT);
    }

    private List<Experiment> listed() {
        jira.calls.clear();
        return ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID));
    }

    private long cardsReadOneByOne() {
        return jira.calls.stream().filter(c -> c.startsWith("property ") && c.endsWith(" " + IssueProperties.EXPERIMENT)).count();
    }

    private String epic() {
        return jira.byItem("epic/execute").key();
    }

    private Optional<ExperimentCards> index() {
        return jira.issues.get(epic()).property(ExperimentCards.KEY).map(ExperimentCards::fromProperty);
    }

    private String rollbackOfSearch(List<Experiment> listed) {
        return listed.stream().filter(e -> e.title().equals("Search loses its cache")).findFirst().orElseThrow().rollback();
    }

    @Test
    public void afterAnAddTheCardsAreFoundThroughTheIndexWithoutReadingAnyOneByOne() {
        add(ChaosDayExperimentsTest.FILE);

        List<Experiment> listed = listed();

        assertEquals(0, cardsReadOneByOne());
        assertEquals(List.of("Payments API loses its database and fails over within 30 s", "Search loses its cache"),
                listed.stream().map(Experiment::title).toList());
        assertEquals("restart the cache", rollbackOfSearch(listed));
        assertTrue(index().orElseThrow().complete());
    }

    @Test
    public void aChaosDayWithoutExperimentsIsFoundWithoutReadingTheIndex() {
        assertEquals(List.of(), listed());

        assertEquals(jira.calls.toString(), List.of(), jira.calls.stream().filter(c -> c.startsWith("property ")).toList());
    }

    @Test
    public void theIndexHoldsEachCardExactlyAsTheTicketCarriesIt() {
        add(ChaosDayExperimentsTest.FILE);
        add(CHANGED);

        ExperimentCards index = index().orElseThrow();
        jira.issues.values().stream().filter(i -> i.property(IssueProperties.EXPERIMENT).isPresent()).forEach(ticket ->
                assertEquals(ticket.property(IssueProperties.EXPERIMENT), index.cardOf(ticket.key())));
        assertEquals(2, index.cards().size());
        assertEquals("flush the cache and warm it again", rollbackOfSearch(listed()));
        assertEquals(0, cardsReadOneByOne());
    }

    @Test
    public void addingTheSameCardsAgainLeavesTheIndexAlone() {
        add(ChaosDayExperimentsTest.FILE);
        jira.calls.clear();

        add(ChaosDayExperimentsTest.FILE);

        assertEquals(jira.calls.toString(), List.of(), jira.calls.stream().filter(c -> c.startsWith("setProperty")).toList());
    }

    @Test
    public void anAddMarksTheIndexAsBeingWrittenBeforeItsFirstCardWrite() {
        add(ChaosDayExperimentsTest.FILE);
        jira.calls.clear();

        add(CHANGED);

        List<String> writes = jira.calls.stream().filter(c -> c.startsWith("setProperty")).toList();
        assertEquals(writes.toString(), "setProperty " + epic() + " " + ExperimentCards.KEY, writes.get(0));
        assertTrue(writes.toString(), writes.get(1).endsWith(IssueProperties.EXPERIMENT));
        assertEquals(writes.toString(), "setProperty " + epic() + " " + ExperimentCards.KEY, writes.get(writes.size() - 1));
    }

    @Test
    public void anAddStoppedBetweenItsCardWritesAndTheIndexSendsReadersToEachTicketsCard() {
        add(ChaosDayExperimentsTest.FILE);
        // The token is revoked just when the complete index is about to be written: every card write has landed.
        IssueTracker stopping = mock(IssueTracker.class, AdditionalAnswers.delegatesTo(jira));
        doThrow(new TrackerException(TrackerException.Kind.FORBIDDEN, "the token was revoked")).when(stopping)
                .setProperty(eq(epic()), eq(ExperimentCards.KEY), argThat(value -> "complete".equals(value.get("state"))));
        ChaosDayExperiments stopped = new ChaosDayExperiments(stopping);

        assertThrows(TrackerException.class, () -> stopped.add("CHAOS", ID, ExperimentsFile.parse(CHANGED, "experiments.yaml"), false,
                Progress.SILENT));

        assertEquals(Optional.of(ExperimentCards.State.WRITING), index().map(ExperimentCards::state));
        List<Experiment> listed = listed();
        assertEquals("flush the cache and warm it again", rollbackOfSearch(listed));
        assertEquals(2, cardsReadOneByOne());

        add(CHANGED); // the next add puts the index right, though it changes no card
        assertTrue(index().orElseThrow().complete());
        assertEquals("flush the cache and warm it again", rollbackOfSearch(listed()));
        assertEquals(0, cardsReadOneByOne());
    }

    @Test
    public void aTicketTheIndexDoesNotHoldHasItsOwnCardRead() {
        add(ChaosDayExperimentsTest.FILE);
        Map<String, Map<String, String>> fewer = new java.util.LinkedHashMap<>(index().orElseThrow().cards());
        String left = fewer.keySet().iterator().next();
        fewer.remove(left);
        jira.setProperty(epic(), ExperimentCards.KEY, ExperimentCards.of(fewer).toProperty());

        List<Experiment> listed = listed();

        assertEquals(List.of("property " + left + " " + IssueProperties.EXPERIMENT),
                jira.calls.stream().filter(c -> c.startsWith("property ") && c.endsWith(IssueProperties.EXPERIMENT)).toList());
        assertEquals(2, listed.size());
    }

    @Test
    public void aChaosDayAddedToBeforeTheIndexHasEachCardReadUntilTheNextAdd() {
        add(ChaosDayExperimentsTest.FILE);
        jira.issues.put(epic(), withoutIndex());

        assertEquals(2, listed().size());
        assertEquals(2, cardsReadOneByOne());

        add(ChaosDayExperimentsTest.FILE);
        assertEquals(2, listed().size());
        assertEquals(0, cardsReadOneByOne());
    }

    @Test
    public void aTrackerWhoseSearchCarriesPropertiesIsGivenNoIndex() {
        jira.searchWithoutProperties = false;

        add(ChaosDayExperimentsTest.FILE);
        add(CHANGED);

        assertEquals(Optional.empty(), index());
        assertEquals("flush the cache and warm it again", rollbackOfSearch(listed()));
        assertEquals(0, cardsReadOneByOne());
    }

    @Test
    public void aDryRunWritesNoIndex() {
        experiments.add("CHAOS", ID, ExperimentsFile.parse(ChaosDayExperimentsTest.FILE, "experiments.yaml"), true, Progress.SILENT);

        assertEquals(Optional.empty(), index());
        assertFalse(jira.calls.stream().anyMatch(c -> c.startsWith("setProperty")));
    }

    private io.chaosday.tracker.TrackedIssue withoutIndex() {
        io.chaosday.tracker.TrackedIssue e = jira.issues.get(epic());
        Map<String, Map<String, String>> properties = new java.util.HashMap<>(e.properties());
        properties.remove(ExperimentCards.KEY);
        return new io.chaosday.tracker.TrackedIssue(e.key(), e.identity(), e.kind(), e.summary(), e.due(), e.done(), e.status(),
                e.assignee(), e.epicKey(), e.labels(), properties, e.description());
    }

}
