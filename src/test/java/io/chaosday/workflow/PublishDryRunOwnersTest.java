package io.chaosday.workflow;

import static io.chaosday.workflow.CreateChaosDayTest.ID;
import static io.chaosday.workflow.CreateChaosDayTest.definition;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.Progress;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** A dry run of publishing names the improvement owners Jira does not know, as publishing does, and makes no ticket. */
public class PublishDryRunOwnersTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private String review;

    @Before
    public void aReviewWithAnIdeaOwnedBySomeoneJiraDoesNotKnow() {
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition("2027-03-10", 2), false),
                Progress.SILENT);
        review = jira.byItem("review/Team 1").key();
        jira.descriptions.put(review, """
                h2. Improvements
                * Lower the DNS TTL (owner: zed, due: 2027-04-01)
                * Page the owning team (owner: Alice)
                """);
    }

    private PublishReviews.Report publish(boolean dryRun) {
        return new PublishReviews(jira, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", ID), "Payments Chaos Day", wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, dryRun), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }

    @Test
    public void theDryRunWarnsOfTheUnknownOwnerOnlyAndWritesNothing() {
        int issues = jira.issues.size();

        PublishReviews.Report report = publish(true);

        assertEquals(report.warnings().toString(), 1, report.warnings().stream().filter(w -> w.contains("knows no user")).count());
        assertTrue(report.warnings().toString(), report.warnings().contains(review + " Improvements: 'Lower the DNS TTL' would be "
                + "left unassigned: Jira knows no user 'zed'; the owner is named in its description"));
        assertEquals(2, report.improvementsMissing().size());
        assertEquals(issues, jira.issues.size());
        assertFalse(jira.calls.toString(), jira.calls.stream().anyMatch(c -> c.startsWith("assign ")));
    }

    @Test
    public void theRealRunWarnsOfTheSameOwnerOnceTheTicketIsMade() {
        PublishReviews.Report report = publish(false);

        assertTrue(report.warnings().toString(), report.warnings().stream()
                .anyMatch(w -> w.endsWith(" is left unassigned: Jira knows no user 'zed'; the owner is named in its description")));
        assertFalse(report.warnings().toString(), report.warnings().stream().anyMatch(w -> w.contains("would be left")));
    }
}
