package io.chaosday.jira.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class ChaosDayPageTemplateTest {

    private final PageRenderer renderer = new PageRenderer();

    private Document render(ChaosDayPage page) {
        return Jsoup.parse(renderer.render(PageRenderer.PAGE, "page", page));
    }

    @Test
    public void theFacilitatorSeesTheDefinitionFormFilledIn() {
        Document dom = render(SamplePages.facilitator());

        Element form = dom.getElementById("chaosday-definition");
        assertNotNull(form);
        assertEquals("Payments Chaos Day", form.selectFirst("input[name=name]").val());
        assertEquals("2027-03-10", form.selectFirst("input[name=chaosDay]").val());
        assertEquals("Payments\nSearch\nCheckout", form.selectFirst("textarea[name=teams]").val());
        assertEquals(List.of("SAT", "SUN"), form.select("input[name=weekend][checked]").eachAttr("value"));
    }

    @Test
    public void aReaderWhoDoesNotAdministerTheProjectSeesTheDefinitionButNoForms() {
        Document dom = render(SamplePages.reader());

        assertNull(dom.getElementById("chaosday-definition"));
        assertNull(dom.getElementById("chaosday-publish-form"));
        assertTrue(dom.select(".chaosday-facts").text().contains("Payments Search Checkout"));
        assertTrue(dom.text().contains("Project administrators can change the date, teams and calendar."));
    }

    @Test
    public void theTimeZoneOfTheDaysRunLogIsAFieldOfTheFormAndAFactForReaders() {
        assertEquals("Europe/London", render(SamplePages.facilitator()).selectFirst("#chaosday-definition input[name=timeZone]").val());
        assertTrue(render(SamplePages.reader()).select(".chaosday-facts").text().contains("Time zone Europe/London"));
        String none = render(SamplePages.halfMade(false)).select(".chaosday-facts").text();
        assertTrue("none named: Jira's own: " + none, none.contains("Time zone Jira's own"));
    }

    @Test
    public void theChecklistAndTheOnTheDayPanelAreThereForTheScriptToFill() {
        Document dom = render(SamplePages.facilitator());

        assertNotNull(dom.getElementById("chaosday-ready-result"));
        assertNotNull(dom.getElementById("chaosday-day-board"));
        assertEquals("On the day", dom.getElementById("chaosday-day-heading").text());
        assertNull("no experiments, no panel", render(SamplePages.justCreated()).getElementById("chaosday-day"));
    }

    @Test
    public void statusShowsEachPhaseDoneOutOfTotalAndTheOverdueTicketsWithLinks() {
        Document dom = render(SamplePages.facilitator());

        assertEquals(List.of("Plan Now", "Execute", "Review", "Share"), dom.select(".chaosday-phases tbody td:eq(0)").eachText());
        assertEquals(List.of("2/8", "0/3", "0/4", "0/1"), dom.select(".chaosday-phases tbody td:eq(1)").eachText());
        assertEquals("25", dom.selectFirst(".chaosday-phases .aui-progress-indicator").attr("data-value"));
        assertEquals("Overdue (2)", dom.select("h3").get(0).text());
        assertEquals("https://jira.example.com/browse/CHAOS-7", dom.select(".chaosday-tickets").get(0).selectFirst("a").attr("href"));
    }

    @Test
    public void aProvisionalDateIsFlaggedUntilSet() {
        Document dom = render(SamplePages.justCreated());

        assertEquals("Provisional date", dom.selectFirst(".aui-lozenge-moved").text());
        assertTrue(dom.selectFirst(".aui-message-warning").text().contains("picked for you"));
        assertFalse(render(SamplePages.facilitator()).text().contains("Provisional date"));
    }

    @Test
    public void theTimelineIsTheCommandLinesPageInASandboxedFrame() {
        ChaosDayPage page = SamplePages.facilitator();

        Element frame = render(page).selectFirst("iframe.chaosday-timeline");

        assertEquals("", frame.attr("sandbox"));
        assertEquals(page.timelineHtml(), frame.attr("srcdoc"));
    }

    @Test
    public void experimentsShowOwnerTeamAndOutcomeAndReviewsTheirPublishedPages() {
        Document dom = render(SamplePages.facilitator());

        Element first = dom.selectFirst(".chaosday-experiments tbody tr");
        assertEquals("CHAOS-19 Payments API loses its database and fails over within 30 s Alice Moreau Payments Resolved by the owning team",
                first.text());
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=98765",
                dom.selectFirst(".chaosday-reviews tbody a[href*=wiki]").attr("href"));
        assertEquals("Not published yet", dom.select(".chaosday-reviews tbody tr").get(1).select("td").get(3).text());
    }

    @Test
    public void withoutAnApplicationLinkThePageSaysSoAndLinksToTheAdminPage() {
        Document dom = render(SamplePages.justCreated());

        Element message = dom.selectFirst("#chaosday-publish .aui-message-warning");
        assertTrue(message.text().contains("Jira is not connected to Confluence."));
        assertEquals("/plugins/servlet/chaosday/confluence", message.selectFirst("a").attr("href"));
        assertNull(dom.getElementById("chaosday-publish-form"));
    }

    @Test
    public void beforeOAuthIsAuthorisedThePageShowsTheAuthorisationLink() {
        Document dom = render(SamplePages.needsAuthorisation());

        Element button = dom.selectFirst("#chaosday-publish a.aui-button");
        assertEquals("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1",
                button.attr("href"));
        assertTrue(dom.text().contains("Allow Jira to publish to Team wiki as you"));
    }

    @Test
    public void everyValueIsEscapedSoMarkupInDataNeverBecomesMarkup() {
        String markup = "<b class=\"injected\">x</b>\"'><img src=x onerror=alert(1)>";

        String html = renderer.render(PageRenderer.PAGE, "page", SamplePages.hostile(markup));
        Document dom = Jsoup.parse(html);

        assertTrue(dom.select(".injected").isEmpty());
        assertTrue(dom.select("img").isEmpty());
        assertTrue(dom.select("[onerror]").isEmpty());
        assertFalse(html.contains("<b class"));
        assertTrue(dom.text().contains(markup));
    }
}
