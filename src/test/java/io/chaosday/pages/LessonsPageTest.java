package io.chaosday.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.IssueKey;
import io.chaosday.review.Lessons;
import io.chaosday.review.Outcome;
import io.chaosday.review.PublishedReview;
import io.chaosday.review.Review;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.review.StorageDom;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class LessonsPageTest {

    private static final URI JIRA = URI.create("https://jira.example.com");
    private static final ConfluencePages LINKED =
            new ConfluencePages(JiraSite.linked(JIRA, new JiraLink("Example Jira", "5a1f-77")));
    private static final ConfluencePages UNLINKED = new ConfluencePages(JiraSite.unlinked(JIRA));
    private static final String JQL = "labels = \"chaos-day-2027-03-10\" AND issuetype = Improvement";

    private static Lessons lessons() {
        Review payments = Review.builder(IssueKey.of("CHAOS-4"), "Spring Chaos Day", ReviewFixtures.CHAOS_DAY)
                .team("Payments")
                .keyLessons(List.of("Retries hid the outage for ten minutes"))
                .experiments(List.of(
                        ReviewFixtures.experiment("a", Optional.of(IssueKey.of("CHAOS-5")), Outcome.RESOLVED_BY_AGENTS),
                        ReviewFixtures.experiment("b", Optional.of(IssueKey.of("CHAOS-6")), Outcome.RESOLVED_BY_TEAM)))
                .build();
        Review all = Review.builder(IssueKey.of("CHAOS-7"), "Spring Chaos Day", ReviewFixtures.CHAOS_DAY)
                .keyLessons(List.of("Nobody owned the shared queue")).build();
        return new Lessons("Spring Chaos Day", ReviewFixtures.CHAOS_DAY, List.of(
                new PublishedReview(payments, "Post-incident review: Payments"),
                new PublishedReview(all, "Post-incident review: Team of teams")), JQL);
    }

    @Test
    public void titleNamesTheChaosDayAndItsDate() {
        assertEquals("Lessons: Spring Chaos Day (2027-03-10)", LINKED.lessons(lessons(), LocalDate.now()).title());
    }

    @Test
    public void listsTheReviewPagesAsChildren() {
        Document page = StorageDom.parse(LINKED.lessons(lessons(), ReviewFixtures.CHAOS_DAY).storage());
        assertTrue(StorageDom.macroNames(page).contains("children"));
    }

    @Test
    public void keyLessonsLinkToTheirReviewPage() {
        String storage = LINKED.lessons(lessons(), ReviewFixtures.CHAOS_DAY).storage();
        Document page = StorageDom.parse(storage);
        NodeList pages = page.getElementsByTagNameNS("http://atlassian.com/resource/identifier", "page");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < pages.getLength(); i++) {
            titles.add(((Element) pages.item(i)).getAttributeNS("http://atlassian.com/resource/identifier",
                    "content-title"));
        }
        assertEquals(List.of("Post-incident review: Payments", "Post-incident review: Team of teams"), titles);
        assertTrue(storage.contains("<li>Retries hid the outage for ten minutes</li>"));
        assertTrue(storage.contains("<li>Nobody owned the shared queue</li>"));
    }

    @Test
    public void figuresShowHowTheExperimentsWent() {
        String storage = LINKED.lessons(lessons(), ReviewFixtures.CHAOS_DAY).storage();
        assertTrue(storage.contains("<tr><th>Experiments run</th><td>2</td></tr>"));
        assertTrue(storage.contains("<tr><th>Resolved by the Agents of Chaos</th><td>1</td></tr>"));
        assertTrue(storage.contains("<tr><th>Resolved by the owning team</th><td>1</td></tr>"));
        assertTrue(storage.contains("<tr><th>Not run</th><td>0</td></tr>"));
    }

    @Test
    public void improvementsShowThroughAJiraQuery() {
        Document page = StorageDom.parse(LINKED.lessons(lessons(), ReviewFixtures.CHAOS_DAY).storage());
        NodeList macros = page.getElementsByTagNameNS(StorageDom.AC, "structured-macro");
        Element jira = (Element) macros.item(macros.getLength() - 1);
        assertEquals("jira", jira.getAttributeNS(StorageDom.AC, "name"));
        assertEquals(JQL, ReviewPageTest.parameter(jira, "jqlQuery"));
        assertEquals("5a1f-77", ReviewPageTest.parameter(jira, "serverId"));
        assertEquals("Example Jira", ReviewPageTest.parameter(jira, "server"));
    }

    @Test
    public void withoutAnApplicationLinkImprovementsLinkToJirasSearch() {
        String storage = UNLINKED.lessons(lessons(), ReviewFixtures.CHAOS_DAY).storage();
        assertEquals(List.of("children"), StorageDom.macroNames(StorageDom.parse(storage)));
        assertTrue(storage, storage.contains("href=\"https://jira.example.com/issues/?jql=labels+%3D+%22chaos-day-2027-03-10%22"
                + "+AND+issuetype+%3D+Improvement\""));
    }
}
