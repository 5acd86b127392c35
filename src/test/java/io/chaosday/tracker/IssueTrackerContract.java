package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.chaosday.plan.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * What every {@link IssueTracker} promises the engine, whatever it talks to: issues come back as
 * they were created and are found again by label; dates, labels, epics and our properties change
 * as asked; a deleted issue is gone. Each implementation's {@code ...ContractTest} extends this
 * class: the in-memory fake, the REST adapter over a local Jira, and the plugin's Java-API adapter
 * over Jira's services kept in memory.
 */
public abstract class IssueTrackerContract {

    protected static final String PROJECT = "CHAOS";
    private static final ChaosDayId CHAOS_DAY = new ChaosDayId("payments-chaos-day");

    private IssueTracker tracker;

    /** A tracker with the project {@link #PROJECT}, holding no issues yet, which has Task and Epic types but no Experiment type. */
    protected abstract IssueTracker trackerWithAnEmptyProject();

    /** Closes the issue as a person would, outside the port. */
    protected abstract void markDone(String issueKey);

    /**
     * Leaves the issue with its labels but without the identity property, outside the port: how an
     * issue imported from the Jira CSV file is, since an import sets no issue property.
     */
    protected abstract void removeIdentityProperty(String issueKey);

    /** A person the tracker knows: the name {@link IssueTracker#assign} takes, and the name the issue then shows. */
    public record Person(String user, String displayName) {
    }

    /** Someone the tracker knows and may assign issues to; nobody else is known. */
    protected abstract Person aKnownPerson();

    /** The issue's links to pages elsewhere, read outside the port. */
    protected abstract List<RemoteLink> remoteLinksOf(String issueKey);

    /** The keys of the issues linked to this one, in either direction, one per link, read outside the port. */
    protected abstract List<String> linkedKeysOf(String issueKey);

    /** Gives the project an issue security level the user may set, outside the port; answers its id. */
    protected abstract String offerASecurityLevel(String name);

    /** Makes sure the tracker knows no person by {@code name}, outside the port. */
    protected abstract void forgetPerson(String name);

    /**
     * Whether this tracker's search brings the properties it is asked for in its own requests, as
     * the Jira it talks to can: what {@link IssueTracker#searchCarriesProperties} must say.
     */
    protected abstract boolean searchOfThisJiraCarriesProperties();

    @Before
    public void anEmptyProject() {
        tracker = trackerWithAnEmptyProject();
    }

    private static NewIssue epic() {
        return new NewIssue(IssueIdentity.ofEpic(CHAOS_DAY, Phase.EXECUTE), IssueKind.EPIC, "Execute", List.of(),
                Optional.of(LocalDate.parse("2027-03-10")), List.of("chaos-day"), Optional.empty());
    }

    private static NewIssue ticket(String item, IssueKind kind, String due, Optional<String> epicKey) {
        return new NewIssue(new IssueIdentity(CHAOS_DAY, item), kind, "Do " + item,
                List.of(new TextBlock.Paragraph("Why " + item + " matters")), Optional.of(LocalDate.parse(due)), List.of("chaos-day"),
                epicKey);
    }

    private List<TrackedIssue> created(NewIssue... issues) {
        return tracker.createIssues(PROJECT, List.of(issues), Progress.SILENT);
    }

    private TrackedIssue found(String key, List<WantedProperty> wanted) {
        return tracker.findIssues(PROJECT, CHAOS_DAY.label(), wanted).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not found by " + CHAOS_DAY.label()));
    }

    private TrackedIssue found(String key) {
        return found(key, List.of());
    }

    @Test
    public void theProjectIsFoundByItsKeyAndAnUnknownKeyFindsNone() {
        Project project = tracker.findProject(PROJECT).orElseThrow();
        assertEquals(PROJECT, project.key());
        assertTrue(project.link().toString(), project.link().toString().endsWith("/browse/" + PROJECT));
        assertEquals(Optional.empty(), tracker.findProject("NOPE"));
    }

    @Test
    public void createdIssuesComeBackInOrderAndAreFoundByTheChaosDaysLabelAsTheyWereAskedFor() {
        String epicKey = created(epic()).get(0).key();
        List<TrackedIssue> made = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.of(epicKey)),
                ticket("kickoff/Search", IssueKind.TASK, "2027-02-16", Optional.of(epicKey)));

        assertEquals(2, made.size());
        assertEquals("Do kickoff/Payments", made.get(0).summary());
        assertEquals("Do kickoff/Search", made.get(1).summary());
        TrackedIssue kickoff = found(made.get(0).key());
        assertEquals(Optional.of(new IssueIdentity(CHAOS_DAY, "kickoff/Payments")), kickoff.identity());
        assertEquals(IssueKind.TASK, kickoff.kind());
        assertEquals(Optional.of(LocalDate.parse("2027-02-15")), kickoff.due());
        assertEquals(Optional.of(epicKey), kickoff.epicKey());
        assertFalse(kickoff.done());
        assertTrue(kickoff.labels().toString(), kickoff.labels().containsAll(
                Set.of("chaos-day", CHAOS_DAY.label(), new IssueIdentity(CHAOS_DAY, "kickoff/Payments").label())));
        assertEquals(IssueKind.EPIC, found(epicKey).kind());
        assertEquals(3, tracker.findIssues(PROJECT, CHAOS_DAY.label()).size());
    }

    @Test
    public void anExperimentIsReadBackAsAnExperimentWhereTheProjectHasNoExperimentType() {
        String key = created(ticket("experiment/db-failover", IssueKind.EXPERIMENT, "2027-03-10", Optional.empty())).get(0).key();

        assertEquals(IssueKind.EXPERIMENT, found(key).kind());
        assertTrue(found(key).labels().contains(IssueTypes.EXPERIMENT_LABEL));
    }

    @Test
    public void aLabelNoIssueCarriesFindsNothingAndTheCountAgreesWithTheSearch() {
        created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()));

        assertEquals(List.of(), tracker.findIssues(PROJECT, "chaos-day-nobody"));
        assertEquals(0, tracker.countIssues(PROJECT, "chaos-day-nobody"));
        assertEquals(tracker.findIssues(PROJECT, CHAOS_DAY.label()).size(), tracker.countIssues(PROJECT, CHAOS_DAY.label()));
        assertEquals(1, tracker.countIssues(PROJECT, CHAOS_DAY.label()));
    }

    @Test
    public void anIssueCarryingOnlyTheLabelsIsFoundAsPartOfItsChaosDay() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();
        tracker.setProperty(key, IssueProperties.PAGE, Map.of("pageId", "4242"));

        removeIdentityProperty(key);

        TrackedIssue imported = found(key, List.of(WantedProperty.onAnyItem(IssueProperties.PAGE)));
        assertEquals(Optional.of(new IssueIdentity(CHAOS_DAY, "kickoff/Payments")), imported.identity());
        assertEquals("its other properties are read as for any issue of the Chaos Day",
                Optional.of(Map.of("pageId", "4242")), imported.property(IssueProperties.PAGE));
    }

    @Test
    public void issuesAskedForInAProjectTheTrackerDoesNotHaveAreRefusedAsNotFound() {
        try {
            tracker.createIssues("NOPE", List.of(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())),
                    Progress.SILENT);
            fail("issues were made in a project that does not exist");
        } catch (TrackerException e) {
            assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
            assertTrue(e.getMessage(), e.getMessage().contains("NOPE"));
        }
    }

    @Test
    public void dueDatesMoveAsAsked() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        tracker.changeDueDates(List.of(new DueDateChange(key, Optional.of(LocalDate.parse("2027-02-15")),
                LocalDate.parse("2027-02-22"))), Progress.SILENT);

        assertEquals(Optional.of(LocalDate.parse("2027-02-22")), found(key).due());
    }

    @Test
    public void anIssueIsAssignedOnlyToSomeoneTheTrackerKnows() {
        String key = created(ticket("experiment/Payments/db-failover", IssueKind.EXPERIMENT, "2027-03-10", Optional.empty())).get(0).key();
        Person known = aKnownPerson();

        assertTrue(tracker.assign(key, known.user()));
        assertTrue("assigning again is no failure", tracker.assign(key, known.user()));
        assertFalse(tracker.assign(key, "nobody-" + known.user()));

        assertEquals(Optional.of(known.displayName()), tracker.state(key).assignee());
    }

    @Test
    public void aRemoteLinkAddedAgainWithItsGlobalIdIsUpdatedNotAddedTwice() {
        String key = created(ticket("review/Payments", IssueKind.TASK, "2027-03-12", Optional.empty())).get(0).key();
        java.net.URI first = java.net.URI.create("https://wiki.example.com/pages/viewpage.action?pageId=1");
        java.net.URI moved = java.net.URI.create("https://wiki.example.com/pages/viewpage.action?pageId=2");

        tracker.addRemoteLink(key, new RemoteLink("chaosday-page-1", first, "Review: Payments"));
        tracker.addRemoteLink(key, new RemoteLink("chaosday-page-1", moved, "Review: Payments (moved)"));
        tracker.addRemoteLink(key, new RemoteLink("chaosday-lessons", first, "Lessons"));

        List<RemoteLink> links = remoteLinksOf(key);
        assertEquals(links.toString(), 2, links.size());
        assertTrue(links.toString(), links.contains(new RemoteLink("chaosday-page-1", moved, "Review: Payments (moved)")));
        assertTrue(links.toString(), links.contains(new RemoteLink("chaosday-lessons", first, "Lessons")));
    }

    @Test
    public void twoIssuesRelatedTwiceEitherWayAreLinkedOnce() {
        List<TrackedIssue> two = created(ticket("review/Payments", IssueKind.TASK, "2027-03-12", Optional.empty()),
                ticket("improvement/Payments/alerts", IssueKind.TASK, "2027-04-01", Optional.empty()));
        String review = two.get(0).key();
        String improvement = two.get(1).key();

        tracker.relate(improvement, review);
        tracker.relate(improvement, review);
        tracker.relate(review, improvement);

        assertEquals(List.of(review), linkedKeysOf(improvement));
        assertEquals(List.of(improvement), linkedKeysOf(review));
    }

    @Test
    public void fieldsChangedAsAskedAreReadBackAsTheyAreNowAndAnEmptyChangeKeepsThem() {
        String key = created(ticket("review/Payments", IssueKind.TASK, "2027-03-12", Optional.empty())).get(0).key();
        assertEquals("a project without an issue security scheme offers no level", List.of(), tracker.securityLevels(PROJECT));
        String staff = offerASecurityLevel("Staff only");
        assertEquals(List.of(new SecurityLevel(staff, "Staff only")), tracker.securityLevels(PROJECT));

        tracker.updateIssue(key, new IssueUpdate(Optional.of(List.of(new TextBlock.Paragraph("What we learnt"))),
                Optional.of(LocalDate.parse("2027-03-19")), Optional.of(staff)));
        tracker.updateIssue(key, new IssueUpdate(Optional.empty(), Optional.empty(), Optional.empty()));

        IssueState state = tracker.state(key);
        assertTrue(state.toString(), state.description().orElseThrow().body().contains("What we learnt"));
        assertEquals(Optional.of(LocalDate.parse("2027-03-19")), state.due());
        assertEquals(Optional.of(staff), state.securityLevelId());
        assertEquals("nobody was assigned", Optional.empty(), state.assignee());
    }

    @Test
    public void aPropertySetIsReturnedWhenASearchAsksForIt() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        tracker.setProperty(key, IssueProperties.PAGE, Map.of("pageId", "4242"));

        assertEquals(Optional.of(Map.of("pageId", "4242")),
                found(key, List.of(WantedProperty.onAnyItem(IssueProperties.PAGE))).property(IssueProperties.PAGE));
        assertEquals(Optional.empty(), found(key).property(IssueProperties.PAGE));
    }

    @Test
    public void aPropertySetIsReadBackOnItsOwnAndOneNeverSetOrOfAnIssueGoneIsEmpty() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();
        String gone = created(ticket("kickoff/Search", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();
        tracker.setProperty(gone, IssueProperties.PAGE, Map.of("pageId", "1"));
        tracker.deleteIssue(gone);

        tracker.setProperty(key, IssueProperties.PAGE, Map.of("pageId", "4242", "note", "{\"a\": [1]}"));

        assertEquals(Optional.of(Map.of("pageId", "4242", "note", "{\"a\": [1]}")), tracker.property(key, IssueProperties.PAGE));
        assertEquals(Optional.empty(), tracker.property(key, IssueProperties.EXPERIMENT));
        assertEquals(Optional.empty(), tracker.property(gone, IssueProperties.PAGE));
    }

    @Test
    public void theTrackerSaysWhetherItsSearchCarriesPropertiesOrReadsThemIssueByIssue() {
        assertEquals(searchOfThisJiraCarriesProperties(), tracker.searchCarriesProperties());
    }

    @Test
    public void labelsAddedAndRemovedChangeWhatFindsTheIssue() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        tracker.changeLabels(key, Set.of("chaos-day-extra"), Set.of("chaos-day"));

        assertEquals(List.of(key), tracker.findIssues(PROJECT, "chaos-day-extra").stream().map(TrackedIssue::key).toList());
        assertEquals(List.of(), tracker.findIssues(PROJECT, "chaos-day"));
        assertTrue(found(key).labels().contains(CHAOS_DAY.label()));
    }

    @Test
    public void anIssueMovedToAnotherEpicIsReadUnderIt() {
        String first = created(epic()).get(0).key();
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.of(first))).get(0).key();
        String second = created(new NewIssue(IssueIdentity.ofEpic(CHAOS_DAY, Phase.REVIEW), IssueKind.EPIC, "Review", List.of(),
                Optional.empty(), List.of(), Optional.empty())).get(0).key();

        tracker.moveToEpic(key, second);

        assertEquals(Optional.of(second), found(key).epicKey());
    }

    @Test
    public void aDeletedIssueIsGoneAndDeletingItAgainIsNoFailure() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        tracker.deleteIssue(key);
        tracker.deleteIssue(key);

        assertEquals(List.of(), tracker.findIssues(PROJECT, CHAOS_DAY.label()));
    }

    @Test
    public void aClosedIssueIsReadAsDone() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        markDone(key);

        assertTrue(found(key).done());
    }

    @Test
    public void theDescriptionIsKeptInTheTrackersMarkupAndAnIssueOpensAtItsOwnPage() {
        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();

        IssueDescription description = tracker.description(key).orElseThrow();
        assertTrue(description.body(), description.body().contains("Why kickoff/Payments matters"));
        assertTrue(tracker.browse(key).toString(), tracker.browse(key).toString().endsWith("/browse/" + key));
    }

    @Test
    public void descriptionsAskedForComeWithTheSearchOnlyForTheItemsAskedAndEmptyWhereThereIsNone() {
        String kickoff = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty())).get(0).key();
        String review = created(ticket("review/Payments", IssueKind.TASK, "2027-03-12", Optional.empty())).get(0).key();
        String blank = created(new NewIssue(new IssueIdentity(CHAOS_DAY, "review/Search"), IssueKind.TASK, "Review Search",
                List.of(), Optional.of(LocalDate.parse("2027-03-12")), List.of("chaos-day"), Optional.empty())).get(0).key();

        Map<String, TrackedIssue> found = new java.util.HashMap<>();
        tracker.findIssues(PROJECT, CHAOS_DAY.label(), List.of(), item -> item.key().startsWith("review/"))
                .forEach(issue -> found.put(issue.key(), issue));

        assertTrue(found.get(review).description().orElseThrow().body(),
                found.get(review).description().orElseThrow().body().contains("Why review/Payments matters"));
        assertEquals(Optional.of(""), found.get(blank).description().map(d -> d.body().strip()));
        assertEquals(Optional.empty(), found.get(kickoff).description());
        assertEquals(tracker.description(review).orElseThrow().markup(), found.get(review).description().orElseThrow().markup());
    }

    @Test
    public void commentsComeBackOldestFirstAsTheyWereWrittenLineByLine() {
        String key = created(ticket("kickoff", IssueKind.TASK, "2027-03-01", Optional.empty())).get(0).key();
        String other = created(ticket("agents", IssueKind.TASK, "2027-03-01", Optional.empty())).get(0).key();
        String markup = "Saw *500s* on [checkout|https://x] {html}<b>x</b>{html} - h1. not a heading";
        Comment first = tracker.addComment(key, markup + "\nchaosday-log entry=0123456789abcdef kind=note");
        Comment second = tracker.addComment(key, "second");
        tracker.addComment(other, "elsewhere");
        List<Comment> read = tracker.comments(key);
        assertEquals(List.of(first.id(), second.id()), read.stream().map(Comment::id).toList());
        assertEquals(markup + "\nchaosday-log entry=0123456789abcdef kind=note", read.get(0).text());
        assertEquals("second", read.get(1).text());
        assertTrue("the tracker says who wrote it", read.get(0).author().isPresent());
        assertFalse("the stored time is read", read.get(1).created().isBefore(read.get(0).created()));
    }

    /** More comments than the local Jira Data Center's search sends with an issue, so the REST adapter must read on. */
    private static final int MANY_COMMENTS = 7;

    @Test
    public void theCommentsOfSeveralIssuesAreReadTogetherEachOldestFirstEmptyForNoneAndAllOfThemForMany() {
        List<TrackedIssue> made = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()),
                ticket("kickoff/Search", IssueKind.TASK, "2027-02-16", Optional.empty()),
                ticket("kickoff/Ledger", IssueKind.TASK, "2027-02-17", Optional.empty()));
        String busy = made.get(0).key();
        String quiet = made.get(1).key();
        String other = made.get(2).key();
        List<String> busyIds = new java.util.ArrayList<>();
        for (int i = 1; i <= MANY_COMMENTS; i++) {
            busyIds.add(tracker.addComment(busy, "entry " + i).id());
        }
        Comment first = tracker.addComment(other, "Saw *500s* on [checkout|https://x]\nchaosday-log entry=0123456789abcdef kind=note");
        Comment second = tracker.addComment(other, "second");

        Map<String, List<Comment>> read = tracker.commentsOf(List.of(other, quiet, busy));

        assertEquals("by key, in the order asked", List.of(other, quiet, busy), List.copyOf(read.keySet()));
        assertEquals(List.of(first.id(), second.id()), read.get(other).stream().map(Comment::id).toList());
        assertEquals(tracker.comments(other), read.get(other));
        assertEquals(List.of(), read.get(quiet));
        assertEquals(busyIds, read.get(busy).stream().map(Comment::id).toList());
        assertEquals("entry " + MANY_COMMENTS, read.get(busy).get(MANY_COMMENTS - 1).text());
        assertEquals(Map.of(), tracker.commentsOf(List.of()));
    }

    @Test
    public void readingTheCommentsOfAnIssueThatIsGoneFailsAsNotFoundAloneOrAmongOthers() {
        List<TrackedIssue> made = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()),
                ticket("kickoff/Search", IssueKind.TASK, "2027-02-16", Optional.empty()));
        String kept = made.get(0).key();
        String gone = made.get(1).key();
        tracker.addComment(kept, "kept");
        tracker.deleteIssue(gone);

        for (Runnable read : List.<Runnable>of(() -> tracker.comments(gone), () -> tracker.commentsOf(List.of(kept, gone)))) {
            try {
                read.run();
                fail("the comments of an issue that is gone were read");
            } catch (TrackerException e) {
                assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
                assertTrue(e.getMessage(), e.getMessage().contains(gone));
            }
        }
    }

    @Test
    public void theProjectsIssueTypesAreListedWithItsEpicTypeMarkedAndAnUnknownProjectIsNotFound() {
        List<IssueTypes.Offered> offered = tracker.offeredIssueTypes(PROJECT);

        assertEquals(offered.toString(), 1, offered.stream().filter(IssueTypes.Offered::epic).count());
        assertTrue(offered.toString(), offered.stream().anyMatch(t -> t.name().equals("Task") && t.standard() && !t.epic()));
        try {
            tracker.offeredIssueTypes("NOPE");
            fail("an unknown project listed issue types");
        } catch (TrackerException e) {
            assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        }
    }

    @Test
    public void anIssueAskedForAsAnotherTypeOfItsProjectIsMadeOfThatType() {
        String epicType = tracker.offeredIssueTypes(PROJECT).stream().filter(IssueTypes.Offered::epic).findFirst().orElseThrow().id();

        String key = created(ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()).ofType(Optional.of(epicType)))
                .get(0).key();

        assertEquals(IssueKind.EPIC, found(key).kind());
    }

    @Test
    public void aPersonTheTrackerKnowsIsKnownAndAStrangerIsNot() {
        forgetPerson("nobody-by-this-name");

        assertTrue(tracker.knowsUser(aKnownPerson().user()));
        assertFalse(tracker.knowsUser("nobody-by-this-name"));
        assertFalse("asking again gives the same answer", tracker.knowsUser("nobody-by-this-name"));
    }

    @Test
    public void aDeletedCommentIsGoneAndDeletingItAgainIsNoFailure() {
        String key = created(ticket("kickoff", IssueKind.TASK, "2027-03-01", Optional.empty())).get(0).key();
        Comment kept = tracker.addComment(key, "kept");
        Comment gone = tracker.addComment(key, "gone");
        tracker.deleteComment(key, gone.id());
        tracker.deleteComment(key, gone.id());
        assertEquals(List.of(kept.id()), tracker.comments(key).stream().map(Comment::id).toList());
    }

    @Test
    public void anIssueIsCreatedAssignedToAPersonTheTrackerKnowsAndUnassignedForOneItDoesNot() {
        Person known = aKnownPerson();
        List<TrackedIssue> made = created(
                ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()).assignedTo(Optional.of(known.user())),
                ticket("kickoff/Search", IssueKind.TASK, "2027-02-15", Optional.empty()).assignedTo(Optional.of("nobody-" + known.user())));

        assertEquals("both are made, in order", 2, made.size());
        IssueState assigned = tracker.state(made.get(0).key());
        assertEquals(Optional.of(known.displayName()), assigned.assignee());
        assertEquals(Optional.of(known.user()), assigned.assigneeId());
        IssueState unassigned = tracker.state(made.get(1).key());
        assertEquals(Optional.empty(), unassigned.assignee());
        assertEquals(Optional.empty(), unassigned.assigneeId());
        assertTrue(found(made.get(1).key()).identity().isPresent());
    }

    @Test
    public void theStatesOfSeveralIssuesAreReadAsEachOnesStateAndAnIssueThatIsGoneIsLeftOut() {
        List<TrackedIssue> made = created(
                ticket("kickoff/Payments", IssueKind.TASK, "2027-02-15", Optional.empty()).assignedTo(Optional.of(aKnownPerson().user())),
                ticket("kickoff/Search", IssueKind.TASK, "2027-02-16", Optional.empty()),
                ticket("kickoff/Ledger", IssueKind.TASK, "2027-02-17", Optional.empty()));
        tracker.deleteIssue(made.get(2).key());

        Map<String, IssueState> states = tracker.states(made.stream().map(TrackedIssue::key).toList());

        assertEquals(Set.of(made.get(0).key(), made.get(1).key()), states.keySet());
        for (int i = 0; i < 2; i++) {
            assertEquals(tracker.state(made.get(i).key()), states.get(made.get(i).key()));
        }
        assertEquals(Optional.of(LocalDate.parse("2027-02-16")), states.get(made.get(1).key()).due());
        assertEquals(Map.of(), tracker.states(List.of()));
    }

    @Test
    public void aDescriptionReadsBackAsTheTrackerSaysItStoresIt() {
        List<TextBlock> blocks = List.of(new TextBlock.Paragraph("Why it matters"), new TextBlock.Heading("Rollback"),
                new TextBlock.Bullets(List.of("restart *it*", "check [the dashboard]")));
        NewIssue issue = new NewIssue(new IssueIdentity(CHAOS_DAY, "kickoff"), IssueKind.TASK, "Do it", blocks, Optional.empty(),
                List.of(), Optional.empty());
        String key = created(issue).get(0).key();

        assertEquals(tracker.descriptionOf(blocks), tracker.description(key).orElseThrow());
        assertEquals(tracker.descriptionOf(blocks), tracker.state(key).description().orElseThrow());
    }
}
