package io.chaosday.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * A Chaos Day is its exact name: names whose slugs agree are different Chaos Days, and one made
 * before ids carried a hash of the name is found and finished under its old id.
 */
public class ChaosDayNamesTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private CreateChaosDay.Report create(ChaosDayDefinition definition) {
        return new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
    }

    private void assertTwoChaosDays(String first, String second) {
        FakeIssueTracker fresh = new FakeIssueTracker().withProject("CHAOS");
        CreateChaosDay creating = new CreateChaosDay(fresh);
        var one = creating.run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                CreateChaosDayTest.definition(first, "2027-03-10", 2), false), Progress.SILENT);
        var two = creating.run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                CreateChaosDayTest.definition(second, "2027-04-14", 2), false), Progress.SILENT);

        assertEquals(first + " / " + second, 16, one.created().size());
        assertEquals(first + " / " + second, 16, two.created().size());
        assertEquals(32, fresh.issues.size());
        ChaosDayFinder finder = new ChaosDayFinder(fresh);
        assertEquals("the first one's definition is unchanged", "2027-03-10",
                finder.findByName("CHAOS", Optional.of(first)).definition().orElseThrow().chaosDay().toString());
        assertEquals(first, finder.findByName("CHAOS", Optional.of(first)).name());
        assertEquals("2027-04-14", finder.findByName("CHAOS", Optional.of(second)).definition().orElseThrow().chaosDay().toString());
        assertEquals(second, finder.findByName("CHAOS", Optional.of(second)).name());
    }

    @Test
    public void namesThatDifferInScriptPunctuationOrAfterTheFortiethCharacterAreTwoChaosDays() {
        assertTwoChaosDays("Chaos Day", "Хаос-день");
        assertTwoChaosDays("Chaos Day", "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25");
        assertTwoChaosDays("Chaos Day", "Chaos Day!");
        assertTwoChaosDays("!!!", "Chaos Day");
        assertTwoChaosDays("Payments and Checkout Platform Chaos Day Q1", "Payments and Checkout Platform Chaos Day Q2");
    }

    /** Issues as a release before the hash made them: the id is the name's slug alone. */
    private void createAsBefore(String name) {
        ChaosDayDefinition definition = CreateChaosDayTest.definition(name, "2027-03-10", 2);
        ChaosDayId old = ChaosDayId.legacyFromName(name);
        List<PlannedIssue> planned = PlannedIssues.of(definition, old);
        var epics = jira.createIssues("CHAOS", planned.stream().filter(PlannedIssue::epic).map(PlannedIssue::issue).toList(),
                Progress.SILENT);
        jira.createIssues("CHAOS", planned.stream().filter(p -> !p.epic())
                .map(p -> p.issue().underEpic(epics.get(p.phase().ordinal()).key())).toList(), Progress.SILENT);
    }

    @Test
    public void aChaosDayMadeBeforeTheHashIsFoundAndFinishedUnderItsOldId() {
        createAsBefore("Payments Chaos Day");
        jira.issues.remove(jira.byItem("share").key());

        CreateChaosDay.Report again = create(CreateChaosDayTest.definition("Payments Chaos Day", "2027-03-10", 2));

        assertEquals("only the missing ticket", 1, again.created().size());
        assertEquals(15, again.unchanged().size());
        assertEquals(16, jira.issues.size());
        ChaosDayIssues found = new ChaosDayFinder(jira).findByName("CHAOS", Optional.of("Payments Chaos Day"));
        assertEquals(ChaosDayId.legacyFromName("Payments Chaos Day"), found.id());
        assertEquals(16, found.size());
    }

    @Test
    public void aChaosDayMadeBeforeTheHashIsNotTakenByANameThatSluggedAlike() {
        createAsBefore("Chaos Day");

        CreateChaosDay.Report other = create(CreateChaosDayTest.definition("Chaos Day!", "2027-04-14", 2));

        assertEquals(16, other.created().size());
        assertEquals(32, jira.issues.size());
        ChaosDayFinder finder = new ChaosDayFinder(jira);
        assertEquals("2027-03-10", finder.findByName("CHAOS", Optional.of("Chaos Day")).definition().orElseThrow().chaosDay().toString());
        assertNotEquals(finder.findByName("CHAOS", Optional.of("Chaos Day")).id(), finder.findByName("CHAOS", Optional.of("Chaos Day!")).id());
    }

    private static final String TWO_TITLES = """
            experiments:
              - title: Search loses its cache
                rollback: restart it
                owner: Bob
              - title: Search loses its cache!
                rollback: start it again
                owner: Alice
            """;

    @Test
    public void experimentTitlesThatDifferOnlyInPunctuationAreTwoExperiments() {
        create(CreateChaosDayTest.definition("Payments Chaos Day", "2027-03-10", 2));
        ChaosDayId id = ChaosDayId.fromName("Payments Chaos Day");

        var added = new ChaosDayExperiments(jira).add("CHAOS", id, io.chaosday.workflow.ExperimentsFile.parse(TWO_TITLES, "e.yaml"),
                false, Progress.SILENT);

        assertEquals(2, added.created().size());
        List<io.chaosday.review.Experiment> listed = ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", id));
        assertEquals(List.of("Bob", "Alice"), listed.stream().map(io.chaosday.review.Experiment::owner).toList());
    }

    @Test
    public void anExperimentAddedBeforeTheHashIsFoundByItsExactTitle() {
        create(CreateChaosDayTest.definition("Payments Chaos Day", "2027-03-10", 2));
        ChaosDayId id = ChaosDayId.fromName("Payments Chaos Day");
        List<io.chaosday.review.Experiment> one = io.chaosday.workflow.ExperimentsFile.parse(TWO_TITLES, "e.yaml").subList(0, 1);
        io.chaosday.review.Experiment card = one.get(0);
        jira.createIssues("CHAOS", List.of(new io.chaosday.tracker.NewIssue(
                new io.chaosday.tracker.IssueIdentity(id, new io.chaosday.tracker.Item.ExperimentTicket("search-loses-its-cache")),
                io.chaosday.tracker.IssueKind.EXPERIMENT, card.title(), ExperimentCard.describe(card), Optional.empty(), List.of(),
                Optional.empty(), java.util.Map.of(io.chaosday.tracker.IssueProperties.EXPERIMENT, ExperimentCard.toProperty(card)))),
                Progress.SILENT);
        int before = jira.issues.size();

        var added = new ChaosDayExperiments(jira).add("CHAOS", id, one, false, Progress.SILENT);

        assertEquals(0, added.created().size());
        assertEquals(before, jira.issues.size());
    }
}
