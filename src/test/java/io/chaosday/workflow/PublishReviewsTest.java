package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static io.chaosday.workflow.CreateChaosDayTest.plan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WikiPage;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class PublishReviewsTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private final PublishReviews publish = new PublishReviews(jira,
            new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))));

    @Before
    public void chaosDayWithFilledInReview() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
        new ChaosDayExperiments(jira).add("CHAOS", ID, ExperimentsFile.parse(ChaosDayExperimentsTest.FILE_FOR_NUMBERED_TEAMS, "e.yaml"), false,
                Progress.SILENT);
        String key = jira.byItem("review/Team 1").key();
        jira.descriptions.put(key, """
                Participants: Alice, Bob
                h2. Summary
                The database fail-over took 4 minutes, not 30 seconds.
                h2. What we learnt
                * Fail-over waits for DNS TTL
                * Nobody owned the runbook
                h2. Improvements
                * Lower the DNS TTL (owner: Alice, due: 2027-04-01)
                * An idea nobody owns yet
                """);
    }

    private PublishReviews.Report run(boolean force) {
        return publish.publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                new PublishReviews.Target("CHAOS", Optional.empty(), force, false), TODAY, Progress.SILENT, PublishReviews.Events.NONE);
    }

    @Test
    public void firstPublishMakesTheLessonsPageAndAReviewPageUnderItPerReviewTicket() {
        PublishReviews.Report report = run(false);
        // lessons + Team 1 + Team 2 + team-of-teams
        assertEquals(4, wiki.pages.size());
        String lessonsId = report.pages().get(0).page().orElseThrow().id();
        long underLessons = wiki.pages.values().stream().filter(p -> p.parentId().equals(Optional.of(lessonsId))).count();
        assertEquals(3, underLessons);
        TrackedIssue review = jira.byItem("review/Team 1");
        String pageId = jira.publishedPage("review/Team 1");
        assertTrue(wiki.pages.get(pageId).page().body().contains("4 minutes"));
        assertTrue(jira.remoteLinks.get(review.key()).containsKey("io.chaosday.page=" + review.key()));
        assertTrue(wiki.pages.get(pageId).labels().containsAll(List.of("chaos-day", "post-incident-review", ID.label())));
    }

    @Test
    public void theLessonsPageListsTheReviewPagesThroughConfluencesPagePropertiesReportByLabel() {
        PublishReviews.Report report = run(false);
        FakeWiki.Stored lessons = wiki.pages.get(report.pages().get(0).page().orElseThrow().id());
        assertTrue(lessons.page().body(), lessons.page().body().contains("<ac:structured-macro ac:name=\"detailssummary\" "
                + "ac:schema-version=\"2\"><ac:parameter ac:name=\"cql\">label = &quot;post-incident-review&quot; and label = "
                + "&quot;" + ID.label() + "&quot;</ac:parameter>"));
        assertTrue(lessons.labels().toString(), !lessons.labels().contains("post-incident-review"));
        for (PublishReviews.PageResult review : report.pages().subList(1, report.pages().size())) {
            FakeWiki.Stored page = wiki.pages.get(review.page().orElseThrow().id());
            assertTrue(page.labels().contains("post-incident-review"));
            assertTrue(page.page().body().strip().startsWith("<ac:structured-macro ac:name=\"details\""));
        }
    }

    @Test
    public void improvementBulletsShowOnceAsTheTableNotAlsoAsTheSectionsText() {
        run(false);
        String pageId = jira.publishedPage("review/Team 1");
        String body = wiki.pages.get(pageId).page().body();
        assertEquals(body, 1, body.split("Lower the DNS TTL", -1).length - 1);
    }

    @Test
    public void improvementIdeasWithAnOwnerBecomeRelatedTicketsOnce() {
        PublishReviews.Report report = run(false);
        assertEquals(1, report.improvementsCreated().size());
        TrackedIssue idea = report.improvementsCreated().get(0);
        assertEquals("Lower the DNS TTL", idea.summary());
        assertEquals(Optional.of(LocalDate.parse("2027-04-01")), idea.due());
        assertTrue(jira.relations.contains(jira.byItem("review/Team 1").key() + "~" + idea.key()));
        assertEquals(Optional.of("Alice"), jira.issues.get(idea.key()).assignee());
        assertEquals(0, run(false).improvementsCreated().size());
    }

    @Test
    public void anImprovementTicketWhoseCreateAnswerWasLostIsRelatedAndAssignedByAPlainReRun() {
        jira.loseNextCreateAnswer = true;
        assertThrows(io.chaosday.tracker.TrackerException.class, () -> run(false));
        TrackedIssue idea = jira.issues.values().stream().filter(i -> i.labels().contains(ReviewImprovements.LABEL))
                .findFirst().orElseThrow();
        String review = jira.byItem("review/Team 1").key();
        assertEquals(Optional.empty(), idea.assignee());

        run(false);

        assertTrue(jira.relations.contains(review + "~" + idea.key()));
        assertEquals(Optional.of("Alice"), jira.issues.get(idea.key()).assignee());
        int calls = jira.calls.size();
        run(false);
        assertTrue(jira.calls.subList(calls, jira.calls.size()).stream()
                .noneMatch(c -> c.startsWith("relate") || c.startsWith("assign")));
    }

    @Test
    public void anImprovementTicketAPersonUnassignedIsLeftUnassignedByTheNextPublish() {
        TrackedIssue idea = run(false).improvementsCreated().get(0);
        TrackedIssue held = jira.issues.get(idea.key());
        jira.issues.put(idea.key(), new TrackedIssue(held.key(), held.identity(), held.kind(), held.summary(), held.due(),
                held.done(), held.status(), Optional.empty(), held.epicKey(), held.labels(), held.properties(), held.description()));
        int calls = jira.calls.size();

        run(false);

        assertEquals(Optional.empty(), jira.issues.get(idea.key()).assignee());
        List<String> since = jira.calls.subList(calls, jira.calls.size());
        assertTrue(since.toString(), since.stream().noneMatch(c -> c.startsWith("assign") || c.startsWith("relate")));
    }

    @Test
    public void anOwnerJiraCameToKnowAfterThePublishIsAssignedByTheNext() {
        jira.users.remove("Alice");
        TrackedIssue idea = run(false).improvementsCreated().get(0);
        assertEquals(Optional.empty(), jira.issues.get(idea.key()).assignee());
        jira.users.add("Alice");

        run(false);

        assertEquals(Optional.of("Alice"), jira.issues.get(idea.key()).assignee());
    }

    @Test
    public void anIdeaLongerThanJiraTakesAsASummaryGetsNoTicketStaysOnThePageAndIsReported() {
        String key = jira.byItem("review/Team 1").key();
        String longIdea = "Make the fail-over faster ".repeat(10).strip();
        jira.descriptions.put(key, jira.descriptions.get(key).replace("* An idea nobody owns yet",
                "* " + longIdea + " (owner: Bob, due: 2027-04-02)"));
        int before = jira.issues.size();

        PublishReviews.Report report = run(false);

        assertEquals(259, longIdea.length());
        assertEquals(List.of("Lower the DNS TTL"), report.improvementsCreated().stream().map(TrackedIssue::summary).toList());
        assertEquals(before + 1, jira.issues.size());
        assertTrue(report.warnings().toString(), report.warnings().contains(key + " Improvements: '* " + longIdea
                + " (owner: Bob, due: 2027-04-02)': the idea is 259 characters, more than the 255 Jira allows in a ticket's summary,"
                + " so it gets no ticket; shorten it and publish again"));
        String pageId = jira.publishedPage("review/Team 1");
        assertTrue(wiki.pages.get(pageId).page().body().contains(longIdea));
    }

    @Test
    public void anOwnerJiraDoesNotKnowLeavesTheTicketUnassignedAndSaysSo() {
        jira.users.remove("Alice");
        PublishReviews.Report report = run(false);
        TrackedIssue idea = report.improvementsCreated().get(0);
        assertEquals(Optional.empty(), jira.issues.get(idea.key()).assignee());
        assertTrue(report.warnings().toString(), report.warnings().contains(
                idea.key() + " is left unassigned: Jira knows no user 'Alice'; the owner is named in its description"));
    }

    @Test
    public void publishingTwiceChangesNothingTheSecondTime() {
        run(false);
        long wikiWrites = wiki.writeCount();
        int jiraCalls = jira.calls.size();
        PublishReviews.Report again = run(false);
        assertEquals(wikiWrites, wiki.writeCount());
        assertTrue(again.pages().stream().allMatch(p -> p.action() == PageAction.UNCHANGED));
        assertTrue(jira.calls.subList(jiraCalls, jira.calls.size()).stream()
                .noneMatch(c -> c.startsWith("set") || c.startsWith("add") || c.startsWith("create") || c.startsWith("relate")));
    }

    @Test
    public void anUnchangedPageCostsOneReadAndIsNotEvenRendered() {
        // Markup only the wiki converts: rendering this page again would cost a conversion.
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\n{panel}Kept short{panel}");
        run(false);
        wiki.calls.clear();
        run(false);
        // The place is checked once per run; then one read per page tells that nothing changed.
        assertEquals(wiki.calls.toString(), 1 + 4, wiki.calls.size());
        assertEquals(4, wiki.calls.stream().filter(c -> c.startsWith("read ")).count());
    }

    @Test
    public void oneChangedReviewCostsAReadAndAWriteForItsPageAndTheRollUpAndAReadForEachOtherPage() {
        run(false);
        wiki.calls.clear();
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. What we learnt\n* Timeouts were too long");
        run(false);
        assertEquals(wiki.calls.toString(), List.of("update"), wiki.calls.stream().filter(c -> !c.startsWith("read ")
                && !c.startsWith("check ")).map(c -> c.split(" ")[0]).distinct().toList());
        assertEquals(wiki.calls.toString(), 2, wiki.calls.stream().filter(c -> c.startsWith("update ")).count());
        assertEquals(1 + 4 + 2, wiki.calls.size());
    }

    @Test
    public void aSpaceThatDoesNotExistStopsTheRunBeforeAnyTicketIsCreatedEvenOnADryRun() {
        wiki.spaces.add("OTHER");
        for (boolean dryRun : new boolean[] {true, false}) {
            int before = jira.issues.size();
            assertThrows(io.chaosday.tracker.TrackerException.class, () -> publish.publish("CHAOS",
                    ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                    new PublishReviews.Target("CHAOS", Optional.empty(), false, dryRun), TODAY, Progress.SILENT,
                    PublishReviews.Events.NONE));
            assertEquals(before, jira.issues.size());
            assertTrue(wiki.pages.isEmpty());
        }
    }

    @Test
    public void noPermissionToAddPagesStopsTheRunBeforeAnyTicketIsCreatedEvenOnADryRun() {
        wiki.mayAddPages = false;
        for (boolean dryRun : new boolean[] {true, false}) {
            int before = jira.issues.size();
            WorkflowException e = assertThrows(WorkflowException.class, () -> publish.publish("CHAOS",
                    ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                    new PublishReviews.Target("CHAOS", Optional.empty(), false, dryRun), TODAY, Progress.SILENT,
                    PublishReviews.Events.NONE));
            assertEquals(new WorkflowFailure.CannotAddPages("CHAOS", Optional.empty()), e.failure());
            assertEquals(before, jira.issues.size());
            assertTrue(wiki.writes.isEmpty());
        }
    }

    @Test
    public void eachImprovementTicketIsToldAsSoonAsItExistsSoAFailureLaterLosesNothing() {
        List<TrackedIssue> told = new java.util.ArrayList<>();
        wiki.failCreates = true;
        PublishReviews.Report report = publish.publish("CHAOS",
                ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                new PublishReviews.Events() {
                    @Override
                    public void improvementCreated(TrackedIssue ticket) {
                        told.add(ticket);
                    }
                });
        assertEquals(report.pages().size(), report.left().size());
        assertEquals(List.of("Lower the DNS TTL"), told.stream().map(TrackedIssue::summary).toList());
    }

    @Test
    public void anImprovementTicketIsToldEvenWhenJiraStopsTheRunBeforeItIsRelatedToItsReview() {
        List<TrackedIssue> told = new java.util.ArrayList<>();
        FakeIssueTracker refusing = org.mockito.Mockito.spy(jira);
        io.chaosday.tracker.TrackerException revoked = new io.chaosday.tracker.TrackerException(
                io.chaosday.tracker.TrackerException.Kind.UNAUTHORISED, "Jira did not accept the token (401)");
        org.mockito.Mockito.doThrow(revoked).when(refusing).relate(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyString());

        io.chaosday.tracker.TrackerException e = org.junit.Assert.assertThrows(io.chaosday.tracker.TrackerException.class,
                () -> new PublishReviews(refusing, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                        .publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                                new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                                new PublishReviews.Events() {
                                    @Override
                                    public void improvementCreated(TrackedIssue ticket) {
                                        told.add(ticket);
                                    }
                                }));

        assertEquals(revoked, e);
        assertEquals(List.of("Lower the DNS TTL"), told.stream().map(TrackedIssue::summary).toList());
    }

    @Test
    public void aPageAPersonEditedIsLeftAloneAndNamedWithTheEditor() {
        run(false);
        String pageId = jira.publishedPage("review/Team 2");
        wiki.editByPerson(pageId, "Carol", "<p>Carol's notes</p>");
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\nchanged in Jira");
        PublishReviews.Report report = run(false);
        assertEquals(1, report.skipped());
        assertEquals("<p>Carol's notes</p>", wiki.pages.get(pageId).page().body());
        assertTrue(report.pages().stream().anyMatch(p -> p.action() == PageAction.SKIPPED_EDITED
                && p.page().flatMap(WikiPage::lastEditor).equals(Optional.of("Carol"))));
        run(true);
        assertTrue(wiki.pages.get(pageId).page().body().contains("changed in Jira"));
    }

    @Test
    public void aVersionConflictIsReadAgainAndThenRespectsTheNewEdit() {
        run(false);
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. Summary\nnew text");
        wiki.conflictOnNextUpdate = true;
        PublishReviews.Report report = run(false);
        assertTrue(report.pages().stream().anyMatch(p -> p.action() == PageAction.SKIPPED_EDITED
                && p.page().flatMap(WikiPage::lastEditor).equals(Optional.of("Carol"))));
        assertEquals(4, wiki.pages.size());
    }

    @Test
    public void aDeletedPageIsPublishedAgainAndTheTicketFollows() {
        run(false);
        TrackedIssue review = jira.byItem("review/Team 1");
        String old = jira.publishedPage("review/Team 1");
        wiki.pages.remove(old);
        run(false);
        String now = jira.publishedPage("review/Team 1");
        assertTrue(!now.equals(old) && wiki.pages.containsKey(now));
        assertEquals(wiki.pages.get(now).page().link(), jira.remoteLinks.get(review.key()).get("io.chaosday.page=" + review.key()).url());
        assertEquals(4, wiki.pages.size());
    }

    @Test
    public void someoneElsesPageWithTheSameTitleIsAClearRefusal() {
        String title = publish.preview("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day",
                TODAY).drafts().get(0).page().title();
        wiki.addForeignPage("CHAOS", title);
        PublishReviews.PageResult refused = run(false).pages().get(0);
        assertEquals(PageAction.FAILED, refused.action());
        WorkflowFailure.PageTitleTaken taken =
                (WorkflowFailure.PageTitleTaken) ((WorkflowException) refused.failure().orElseThrow()).failure();
        assertEquals(title, taken.title());
        assertEquals("CHAOS", taken.spaceKey());
    }

    @Test
    public void sectionTextInJiraWikiMarkupIsConvertedWithoutAskingTheWiki() {
        run(false);
        assertTrue(wiki.calls.toString(), wiki.calls.stream().noneMatch(c -> c.equals("convert")));
        String pageId = jira.publishedPage("review/Team 1");
        assertTrue(wiki.pages.get(pageId).page().body().contains("<li>Fail-over waits for DNS TTL</li>"));
    }

    @Test
    public void markupOnlyConfluenceKnowsIsConvertedByItOncePerDistinctText() {
        String panel = "{panel:title=Note}the same words{panel}";
        jira.descriptions.put(jira.byItem("review/Team 1").key(), "h2. Summary\n" + panel + "\nh2. Impact\n" + panel);
        jira.descriptions.put(jira.byItem("review/Team 2").key(), "h2. Summary\n" + panel);
        run(false);
        assertEquals(1, wiki.calls.stream().filter(c -> c.equals("convert")).count());
    }

    @Test
    public void aDryRunWritesNothing() {
        int before = jira.calls.size();
        publish.publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                new PublishReviews.Target("CHAOS", Optional.empty(), false, true), TODAY, Progress.SILENT, PublishReviews.Events.NONE);
        assertEquals(0, wiki.writeCount());
        assertTrue(jira.calls.subList(before, jira.calls.size()).stream()
                .noneMatch(c -> c.startsWith("relate") || c.startsWith("setProperty")));
    }
}
