package io.chaosday.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Isolation;
import io.chaosday.review.IssueKey;
import io.chaosday.review.Outcome;
import io.chaosday.review.Review;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.review.StorageDom;
import io.chaosday.review.Timeline;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import io.chaosday.storage.StorageFragment;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    public void controlAndBidiCharactersInNamesNeverReachTheTitle() {
        Review review = Review.builder(IssueKey.of("CHAOS-9"), "Spring \u202Eyad soahC\u202C\u0007 Chaos Day", ReviewFixtures.CHAOS_DAY)
                .team("\u2066Pay\u2067ments\u2069\u009b\u200F").build();
        assertEquals("Post-incident review: Payments \u2014 Spring yad soahC Chaos Day (2027-03-10)", ReviewPage.title(review));
    }

    @Test
    public void sectionsComeInTheOrderOfAReview() {
        assertEquals(List.of("Summary", "Experiments", "Timeline", "Detection", "Response and recovery",
                "Impact", "What we learnt", "Improvements", "What would improve the next Chaos Day"),
                headings(StorageDom.parse(LINKED.review(payments()).storage())));
    }

    @Test
    public void issuesShowThroughTheJiraMacroWhenConfluenceLinksToJira() {
        Document page = StorageDom.parse(LINKED.review(payments()).storage());
        NodeList macros = page.getElementsByTagNameNS(StorageDom.AC, "structured-macro");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (!macro.getAttributeNS(StorageDom.AC, "name").equals("jira")) {
                continue;
            }
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
        assertFalse(StorageDom.macroNames(StorageDom.parse(storage)).contains("jira"));
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
        assertFalse("no participants, no row for them", storage.contains("Participants"));
    }

    @Test
    public void thePagesPropertiesAreInADetailsMacroForConfluencesPagePropertiesReport() {
        Document page = StorageDom.parse(LINKED.review(payments()).storage());
        Element details = (Element) page.getElementsByTagNameNS(StorageDom.AC, "structured-macro").item(0);
        assertEquals("details", details.getAttributeNS(StorageDom.AC, "name"));
        List<String> labels = new ArrayList<>();
        NodeList headers = details.getElementsByTagName("th");
        for (int i = 0; i < headers.getLength(); i++) {
            labels.add(headers.item(i).getTextContent());
        }
        assertEquals(List.of("Team", "Chaos Day", "Date", "Experiments", "Resolved by the team",
                "Resolved by the Agents of Chaos", "Not run", "Improvements", "Review ticket", "Participants"), labels);
    }

    @Test
    public void anExperimentsEmptyFieldsAreLeftOut() {
        Review review = Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY).team("Payments")
                .experiments(List.of(new Experiment(Optional.empty(), "DNS goes away", "", new Failure("resolver stopped", "", ""),
                        new ExpectedImpact("", ""), "", "restart it", Isolation.PARALLEL, "", "Alice", "Payments",
                        Outcome.NOT_RUN)))
                .build();
        String storage = UNLINKED.review(review).storage();
        assertTrue(storage, storage.contains("<li><strong>Failure: what:</strong> resolver stopped</li>"));
        assertFalse(storage, storage.contains("Failure: where"));
        assertFalse(storage, storage.contains("Expected business impact"));
    }

    @Test
    public void outcomesAndIsolationUseTheirLabels() {
        String storage = LINKED.review(payments()).storage();
        assertTrue(storage.contains("<ac:parameter ac:name=\"colour\">Green</ac:parameter>"
                + "<ac:parameter ac:name=\"title\">Resolved by team</ac:parameter>"));
        assertTrue(storage.contains("<ac:parameter ac:name=\"colour\">Grey</ac:parameter><ac:parameter ac:name=\"title\">Not run</ac:parameter>"));
        assertTrue(storage.contains("<strong>Isolation:</strong> Must run in isolation</li>"));
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
