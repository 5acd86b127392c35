package io.chaosday.review.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.IssueKey;
import io.chaosday.review.Review;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.review.StorageDom;
import io.chaosday.review.Timeline;
import io.chaosday.review.storage.StorageFragment;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class ReviewPageTest {

    private static final URI JIRA = URI.create("https://jira.example.com/jira");
    private static final ConfluencePages LINKED =
            new ConfluencePages(JiraSite.linked(JIRA, new JiraLink("Example Jira", "5a1f-77")));
    private static final ConfluencePages UNLINKED = new ConfluencePages(JiraSite.unlinked(JIRA));

    private static Review payments() {
        return ReviewFixtures.review(name -> name.equals("team") ? "Payments"
                : name.equals("chaosDayName") ? "Spring Chaos Day" : "text of " + name);
    }

    @Test
    public void titleNamesTheTeamTheChaosDayAndItsDate() {
        assertEquals("Post-incident review: Payments \u2014 Spring Chaos Day (2027-03-10)",
                LINKED.review(payments()).title());
    }

    @Test
    public void teamOfTeamsReviewIsTitledSo() {
        Review review = Review.builder(IssueKey.of("CHAOS-9"), "Spring Chaos Day", ReviewFixtures.CHAOS_DAY).build();
        assertEquals("Post-incident review: Team of teams \u2014 Spring Chaos Day (2027-03-10)",
                ReviewPage.title(review));
    }

    @Test
    public void longNamesAreCutSoTheTitleStaysWithinConfluencesLimit() {
        Review review = Review.builder(IssueKey.of("CHAOS-9"), "n".repeat(1000), ReviewFixtures.CHAOS_DAY)
                .team("t\n".repeat(1000)).build();
        String title = ReviewPage.title(review);
        assertTrue(title, title.length() <= 255);
        assertTrue(title, title.contains("\u2026 \u2014 "));
        assertTrue(title, title.endsWith("\u2026 (2027-03-10)"));
    }

    @Test
    public void sectionsComeInTheOrderOfAReview() {
        assertEquals(List.of("Summary", "Chaos Day", "Experiments", "Timeline", "Detection", "Response and recovery",
                "Impact", "What we learnt", "Key lessons", "Improvements", "What would improve the next Chaos Day"),
                headings(StorageDom.parse(LINKED.review(payments()).storage())));
    }

    @Test
    public void issuesShowThroughTheJiraMacroWhenConfluenceLinksToJira() {
        Document page = StorageDom.parse(LINKED.review(payments()).storage());
        NodeList macros = page.getElementsByTagNameNS(StorageDom.AC, "structured-macro");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            assertEquals("jira", macro.getAttributeNS(StorageDom.AC, "name"));
            assertEquals("Example Jira", parameter(macro, "server"));
            assertEquals("5a1f-77", parameter(macro, "serverId"));
            keys.add(parameter(macro, "key"));
        }
        // The review ticket, the experiment with a ticket, the improvement with a ticket.
        assertEquals(List.of("CHAOS-1", "CHAOS-2", "CHAOS-3"), keys);
        assertEquals(0, page.getElementsByTagName("a").getLength());
    }

    @Test
    public void withoutAnApplicationLinkIssuesLinkToTheirJiraPage() {
        String storage = UNLINKED.review(payments()).storage();
        assertTrue(StorageDom.macroNames(StorageDom.parse(storage)).isEmpty());
        assertTrue(storage.contains("<a href=\"https://jira.example.com/jira/browse/CHAOS-2\">CHAOS-2</a>"));
    }

    @Test
    public void aTimelineWrittenAsTextIsShownAsWritten() {
        Review review = Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY)
                .timeline(Timeline.narrative(StorageFragment.fromConfluence("<p>10:02 <strong>alert</strong></p>")))
                .build();
        String storage = LINKED.review(review).storage();
        assertTrue(storage.contains("<h2>Timeline</h2>\n<p>10:02 <strong>alert</strong></p>"));
    }

    @Test
    public void emptySectionsSayNothingIsWrittenYet() {
        Review review = Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY).build();
        String storage = LINKED.review(review).storage();
        StorageDom.parse(storage);
        assertTrue(storage.contains("<h2>Detection</h2>\n<p><em>Nothing written yet.</em></p>"));
        assertTrue(storage.contains("<p><em>No experiments recorded.</em></p>"));
        assertTrue(storage.contains("<em>None recorded.</em>"));
    }

    @Test
    public void outcomesAndIsolationUseTheirLabels() {
        String storage = LINKED.review(payments()).storage();
        assertTrue(storage.contains("<td>Resolved by the owning team</td>"));
        assertTrue(storage.contains("<td>Not run</td>"));
        assertTrue(storage.contains("<td>Must run in isolation</td>"));
    }

    @Test
    public void aConvertedFragmentCarryingAnHtmlMacroNeverReachesThePage() {
        StorageFragment converted = StorageFragment.fromConfluence(
                "<p>before</p><ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script>x</script>]]>"
                        + "</ac:plain-text-body></ac:structured-macro><p>after</p>");
        Review review = Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY)
                .section(ReviewTemplate.DETECTION, converted).build();
        Document page = StorageDom.parse(UNLINKED.review(review).storage());
        assertFalse(StorageDom.macroNames(page).contains("html"));
        assertEquals(0, page.getElementsByTagName("script").getLength());
        assertTrue(StorageDom.texts(page).contains("<script>x</script>"));
    }

    private static List<String> headings(Document page) {
        NodeList h2 = page.getElementsByTagName("h2");
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < h2.getLength(); i++) {
            headings.add(h2.item(i).getTextContent());
        }
        return headings;
    }

    static String parameter(Element macro, String name) {
        NodeList parameters = macro.getElementsByTagNameNS(StorageDom.AC, "parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element p = (Element) parameters.item(i);
            if (name.equals(p.getAttributeNS(StorageDom.AC, "name"))) {
                return p.getTextContent();
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
