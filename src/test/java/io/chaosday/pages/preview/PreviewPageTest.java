package io.chaosday.pages.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.HostileInputs;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import io.chaosday.pages.RenderedPage;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class PreviewPageTest {

    private static final ConfluencePages PAGES = new ConfluencePages(
            JiraSite.linked(URI.create("https://jira.example.com"), new JiraLink("Example Jira", "5a1f-77")));

    /** What the preview may contain; our own page shell included. */
    private static final Set<String> ALLOWED = Set.of("html", "head", "meta", "title", "style", "body", "main",
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
            "strong", "em", "code", "pre", "a", "br", "span", "div");

    private static Document preview(RenderedPage page) {
        return Jsoup.parse(PreviewPage.html(page.title(), page.storage()));
    }

    @Test
    public void previewShowsTheReviewTitleAndAJiraBadge() {
        RenderedPage page = PAGES.review(ReviewFixtures.review("Payments"));
        Document html = preview(page);
        assertEquals(page.title(), html.title());
        assertEquals(page.title(), html.selectFirst("h1").text());
        assertEquals("CHAOS-1", html.selectFirst(".jira-badge").text());
    }

    @Test
    public void previewRunsNoScriptAndLoadsNothing() {
        for (String hostile : HostileInputs.ALL) {
            Document html = preview(PAGES.review(ReviewFixtures.review(hostile)));
            assertSafe(HostileInputs.describe(hostile), html);
        }
    }

    @Test
    public void storageWithScriptsAndForeignLinksIsRedrawnSafely() {
        Document html = Jsoup.parse(PreviewPage.html("t", "<p onclick=\"x()\">hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">js</a><a href=\"https://example.com\">web</a>"
                + "<img src=\"https://tracker.example/p.gif\"/><iframe src=\"https://evil\"></iframe>"
                + "<ac:image><ri:url ri:value=\"https://tracker.example/q.gif\"/></ac:image>"));
        assertSafe("hand-made storage", html);
        assertEquals("hi", html.selectFirst("main p").text());
        assertEquals(1, html.select("a").size());
        assertEquals("https://example.com", html.selectFirst("a").attr("href"));
        assertEquals("js", html.selectFirst("span.page-link").text());
    }

    @Test
    public void confluenceMacrosAndLinksHaveALookAlike() {
        Document html = preview(PAGES.lessons(ReviewFixtures.lessons("Spring"), ReviewFixtures.CHAOS_DAY));
        assertEquals("(child pages appear here)", html.selectFirst("p.macro-note").text());
        assertEquals("Spring", html.selectFirst("span.page-link").text());
        assertEquals("Jira issues: Spring", html.selectFirst(".jira-badge").text());
        assertTrue(html.select("table th").stream().anyMatch(th -> th.text().equals("Experiments run")));
    }

    @Test
    public void panelsCodeAndStatusAreDrawn() {
        Document html = Jsoup.parse(PreviewPage.html("t",
                "<ac:structured-macro ac:name=\"warning\"><ac:rich-text-body><p>careful</p></ac:rich-text-body>"
                        + "</ac:structured-macro><ac:structured-macro ac:name=\"code\"><ac:plain-text-body>"
                        + "<![CDATA[a < b]]></ac:plain-text-body></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">DONE</ac:parameter>"
                        + "</ac:structured-macro>"));
        assertEquals("careful", html.selectFirst("div.panel-warning p").text());
        assertEquals("a < b", html.selectFirst("pre code").text());
        assertEquals("DONE", html.selectFirst("span.status").text());
    }

    @Test
    public void unreadableStorageStillGivesAPageThatSaysSo() {
        Document html = Jsoup.parse(PreviewPage.html("Broken <b>", "<p>open <script>x</script>"));
        assertEquals("Broken <b>", html.title());
        assertTrue(html.selectFirst("p.preview-error").text().startsWith("This storage format could not be read"));
        assertEquals("<p>open <script>x</script>", html.selectFirst("pre").text());
        assertSafe("broken storage", html);
    }

    private static void assertSafe(String what, Document html) {
        Set<String> tags = html.getAllElements().stream().map(Element::normalName)
                .filter(t -> !t.equals("#root")).collect(Collectors.toSet());
        assertTrue(what + ": " + tags, ALLOWED.containsAll(tags));
        assertTrue(what, html.select("script, img, iframe, object, embed, link, [src]").isEmpty());
        assertTrue(what, html.getAllElements().stream()
                .allMatch(e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))));
        assertTrue(what, html.select("a").stream().allMatch(a -> a.attr("href").startsWith("https://")
                || a.attr("href").startsWith("http://")));
        String css = html.select("style").html();
        assertTrue(what, !css.contains("url(") && !css.contains("@import"));
        assertEquals(1, html.select("style").size());
        assertEquals("default-src 'none'; style-src 'unsafe-inline'",
                html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    }
}
