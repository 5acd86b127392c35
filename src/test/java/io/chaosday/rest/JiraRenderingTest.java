package io.chaosday.rest;

import io.chaosday.tracker.jiraformat.WikiMarkup;
import io.chaosday.tracker.Jql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.TextBlock;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class JiraRenderingTest {

    private static final List<TextBlock> DESCRIPTION = List.of(
            new TextBlock.Heading("Before the day"),
            new TextBlock.Paragraph("Agree the {html} rules\nwith [everyone|http://x]."),
            new TextBlock.Bullets(List.of("*Bold* claim", "- not a list")),
            new TextBlock.Checklist(List.of("Book #room")));

    @Test
    public void wikiMarkupEscapesEveryMarkupCharacterAndFoldsLineBreaks() {
        assertEquals("""
                h3. Before the day

                Agree the \\{html\\} rules with \\[everyone\\|http://x\\].

                * \\*Bold\\* claim
                * \\- not a list

                * \u2610 Book \\#room""", WikiMarkup.render(DESCRIPTION));
    }

    @Test
    public void textInsideWordsAndALoneQuestionMarkStayAsTypedSoAPersonCanCopyThem() {
        assertEquals("Alert on fail-over time (owner: Alice, due: 2027-04-01)? snake_case",
                WikiMarkup.escape("Alert on fail-over time (owner: Alice, due: 2027-04-01)? snake_case"));
        assertEquals("\\-struck\\- \\_em\\_ a \\?\\?citation\\?\\? x \\-\\- y", WikiMarkup.escape("-struck- _em_ a ??citation?? x -- y"));
    }

    @Test
    public void documentFormatKeepsUserTextInTextNodes() throws Exception {
        String adf = new ObjectMapper().writeValueAsString(AdfDocument.render(new ObjectMapper(), DESCRIPTION));

        assertEquals("{\"version\":1,\"type\":\"doc\",\"content\":["
                + "{\"type\":\"heading\",\"content\":[{\"type\":\"text\",\"text\":\"Before the day\"}],\"attrs\":{\"level\":3}},"
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Agree the {html} rules\\nwith [everyone|http://x].\"}]},"
                + "{\"type\":\"bulletList\",\"content\":["
                + "{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"*Bold* claim\"}]}]},"
                + "{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"- not a list\"}]}]}]},"
                + "{\"type\":\"bulletList\",\"content\":["
                + "{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"\u2610 Book #room\"}]}]}]}]}",
                adf);
    }

    @Test
    public void aPartAPersonWroteGoesBackAsTheyWroteItInEitherMarkup() {
        io.chaosday.tracker.IssueDescription wiki = new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.WIKI,
                "restart it, then *page* the on-call\n");
        assertEquals("h3. Rollback\n\nrestart it, then *page* the on-call",
                WikiMarkup.render(List.of(new TextBlock.Heading("Rollback"), new TextBlock.Verbatim(wiki))));

        String nodes = "[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"restart it\","
                + "\"marks\":[{\"type\":\"strong\"}]}]},{\"type\":\"rule\"}]";
        io.chaosday.tracker.IssueDescription adf = new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.ADF,
                "{\"type\":\"doc\",\"version\":1,\"content\":" + nodes + "}");
        assertEquals("[{\"type\":\"heading\",\"content\":[{\"type\":\"text\",\"text\":\"Rollback\"}],\"attrs\":{\"level\":3}},"
                + nodes.substring(1),
                AdfDocument.render(new ObjectMapper(), List.of(new TextBlock.Heading("Rollback"), new TextBlock.Verbatim(adf)))
                        .path("content").toString());
    }

    @Test
    public void aPartInTheOtherTrackersMarkupIsRefused() {
        TextBlock adf = new TextBlock.Verbatim(new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.ADF, "{}"));
        TextBlock wiki = new TextBlock.Verbatim(new io.chaosday.tracker.IssueDescription(io.chaosday.tracker.SourceMarkup.WIKI, "x"));
        org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> WikiMarkup.render(List.of(adf)));
        org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> AdfDocument.render(new ObjectMapper(), List.of(wiki)));
    }

    @Test
    public void emptyTextMakesAnEmptyParagraphNotAnEmptyTextNode() {
        assertEquals("{\"type\":\"paragraph\",\"content\":[]}",
                AdfDocument.render(new ObjectMapper(), List.of(new TextBlock.Paragraph(""))).path("content").get(0).toString());
    }

    @Test
    public void jqlValuesAreQuotedWithQuotesAndBackslashesEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", Jql.quote("a\"b\\c\nd"));
        assertEquals("project = \"CHAOS\" AND labels = \"x\" ORDER BY key ASC", Jql.projectAndLabel("CHAOS", "x"));
    }
}
