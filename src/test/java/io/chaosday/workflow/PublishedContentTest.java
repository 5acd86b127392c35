package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.ReviewSection;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.Progress;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** What reaches a page: only what people wrote, and every improvement line either read or reported. */
public class PublishedContentTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-20");

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final PublishReviews publish = new PublishReviews(jira,
            new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))));

    private PublishReviews.Preview preview(int teams) {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", teams), false),
                Progress.SILENT);
        return publish.preview("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", TODAY);
    }

    private static String all(PublishReviews.Preview preview) {
        return String.join("\n", preview.drafts().stream().map(d -> d.page().storage()).toList());
    }

    @Test
    public void anUntouchedReviewShowsNoneOfItsPromptsAndSaysNothingIsWrittenYet() {
        PublishReviews.Preview preview = preview(2);
        String pages = all(preview);
        for (ReviewSection section : ReviewTemplate.sections()) {
            assertFalse(section.key(), pages.contains(section.prompt().substring(0, 30)));
            section.example().ifPresent(example -> assertFalse(pages.contains(example.substring(0, 20))));
        }
        assertTrue(preview.drafts().get(1).page().storage().contains("Nothing written yet"));
        assertTrue(preview.warnings().toString(), preview.warnings().isEmpty());
    }

    @Test
    public void promptsAnOlderReleaseWroteWithWikiEscapesAreStillTheTemplatesOwnWords() {
        preview(2);
        jira.descriptions.put(jira.byItem("review/Team 1").key(), """
                Participants:\s
                h3. Detection
                How and when did we notice\\? Which alert, dashboard, person or customer report came first, and what stayed silent\\?
                h3. Improvements
                Ideas that would make the system or our response better: one bullet each, with an owner and a due date in brackets as in the line below. Publishing turns each into a backlog ticket. Replace the example with your own.
                \\* Alert on fail\\-over time (owner: Alice, due: 2027\\-04\\-01)
                """);
        PublishReviews.Preview again = publish.preview("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID),
                "Payments Chaos Day", TODAY);
        String pages = all(again);
        assertFalse(pages, pages.contains("How and when did we notice"));
        assertFalse(pages, pages.contains("Alert on fail"));
        assertTrue(again.warnings().toString(), again.warnings().isEmpty());
    }

    @Test
    public void improvementLinesThatCannotBeReadAreReportedWithTheTicketAndTheLine() {
        preview(2);
        String key = jira.byItem("review/Team 1").key();
        jira.descriptions.put(key, """
                h2. Improvements
                * Lower the DNS TTL (owner: Alice, due: 2027-02-30)
                \\* Page the right team (owner: Bob)
                * Nobody owns this yet
                * Fix the runbook (owner: Carol, due: soon)
                * Add a dashboard (owner: Dan, due: 2027-04-01)
                """);
        PublishReviews.Preview again = publish.preview("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID),
                "Payments Chaos Day", TODAY);
        List<String> warnings = again.warnings();
        assertTrue(warnings.toString(), warnings.contains(key + " Improvements: '* Lower the DNS TTL (owner: Alice, due: 2027-02-30)':"
                + " '2027-02-30' is a day the calendar does not have: February 2027 has 28 days; it stays on the page without a ticket"));
        assertTrue(warnings.toString(), warnings.stream().anyMatch(w -> w.startsWith(key + " Improvements: '\\* Page the right team")
                && w.contains("escaped")));
        assertTrue(warnings.toString(), warnings.stream().anyMatch(w -> w.startsWith(key + " Improvements: '* Nobody owns this yet'")
                && w.contains("no owner")));
        assertTrue(warnings.toString(), warnings.stream().anyMatch(w -> w.contains("'soon' is not a date")));
        assertTrue("the preview names an owner Jira does not know, as the real run would: " + warnings,
                warnings.stream().anyMatch(w -> w.contains("Dan")));
        assertEquals(warnings.toString(), 5, warnings.size());
        String page = again.drafts().get(1).page().storage();
        assertTrue("an idea without an owner still shows on the page", page.contains("Nobody owns this yet"));
        assertTrue(page.contains("Add a dashboard"));
        assertTrue("a line with an impossible date stays on the page as written", page.contains("due: 2027-02-30"));
        assertTrue("so does one whose date is no date", page.contains("Fix the runbook (owner: Carol, due: soon)"));
    }

    @Test
    public void aSingleTeamsReviewPageIsNotCalledTheTeamOfTeams() {
        PublishReviews.Preview preview = preview(1);
        assertEquals(2, preview.drafts().size());
        String title = preview.drafts().get(1).page().title();
        assertFalse(title, title.contains("Team of teams"));
        assertEquals("Post-incident review: Team 1 \u2014 Payments Chaos Day (2027-03-10)", title);
    }
}
