package io.chaosday.rest.confluence;

import io.chaosday.storage.StorageSanitizer;
import io.chaosday.tracker.TrackerException;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Jira Cloud descriptions (ADF) become storage format here, without Confluence's deprecated conversion. */
public class AdfStorageTest {

    private static String doc(String... content) {
        return "{\"type\":\"doc\",\"version\":1,\"content\":[" + String.join(",", content) + "]}";
    }

    private static String text(String text, String... marks) {
        StringBuilder json = new StringBuilder("{\"type\":\"text\",\"text\":\"" + text + "\"");
        if (marks.length > 0) {
            json.append(",\"marks\":[").append(String.join(",", marks)).append(']');
        }
        return json.append('}').toString();
    }

    private static String paragraph(String... content) {
        return "{\"type\":\"paragraph\",\"content\":[" + String.join(",", content) + "]}";
    }

    @Test
    public void aParagraphKeepsItsMarksNestedInOrder() {
        String storage = AdfStorage.toStorage(doc(paragraph(text("Payments "),
                text("keep working", "{\"type\":\"strong\"}", "{\"type\":\"em\"}"),
                text(" see "), text("the runbook", "{\"type\":\"link\",\"attrs\":{\"href\":\"https://wiki.example.com/x?a=1&b=2\"}}"),
                text(" and "), text("x < y", "{\"type\":\"code\"}"))));

        assertEquals("<p>Payments <strong><em>keep working</em></strong> see "
                + "<a href=\"https://wiki.example.com/x?a=1&amp;b=2\">the runbook</a> and <code>x &lt; y</code></p>", storage);
    }

    @Test
    public void headingsListsBreaksAndMentionsBecomeTheirStorageForms() {
        String item = "{\"type\":\"listItem\",\"content\":[" + paragraph(text("first")) + "]}";
        String storage = AdfStorage.toStorage(doc(
                "{\"type\":\"heading\",\"attrs\":{\"level\":2},\"content\":[" + text("Hypothesis") + "]}",
                "{\"type\":\"bulletList\",\"content\":[" + item + "]}",
                "{\"type\":\"orderedList\",\"attrs\":{\"order\":3},\"content\":[" + item + "]}",
                paragraph(text("line one"), "{\"type\":\"hardBreak\"}", text("asked "),
                        "{\"type\":\"mention\",\"attrs\":{\"id\":\"5b10a\",\"text\":\"@Jane <Ops>\"}}")));

        assertEquals("<h2>Hypothesis</h2><ul><li><p>first</p></li></ul><ol start=\"3\"><li><p>first</p></li></ol>"
                + "<p>line one<br/>asked @Jane &lt;Ops&gt;</p>", storage);
    }

    @Test
    public void aCodeBlockBecomesTheCodeMacroWithItsTextExactlyAsTyped() {
        String storage = AdfStorage.toStorage(doc("{\"type\":\"codeBlock\",\"attrs\":{\"language\":\"Java\"},\"content\":["
                + text("if (a < b && c) { x = \\\"]]>\\\"; }") + "]}"));

        assertEquals("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">java</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[if (a < b && c) { x = \"]]]]><![CDATA[>\"; }]]></ac:plain-text-body>"
                + "</ac:structured-macro>", storage);
    }

    @Test
    public void whatJiraCloudWritesPassesTheStorageSanitizerWithNothingTakenOut() {
        String cell = "{\"type\":\"tableCell\",\"content\":[" + paragraph(text("cell")) + "]}";
        String storage = AdfStorage.toStorage(doc(
                "{\"type\":\"heading\",\"attrs\":{\"level\":3},\"content\":[" + text("What happened") + "]}",
                paragraph(text("bold", "{\"type\":\"strong\"}"), text("under", "{\"type\":\"underline\"}"),
                        text("gone", "{\"type\":\"strike\"}"), text("2", "{\"type\":\"subsup\",\"attrs\":{\"type\":\"sup\"}}"),
                        "{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":smile:\",\"text\":\"\\uD83D\\uDE04\"}}",
                        "{\"type\":\"date\",\"attrs\":{\"timestamp\":\"1773100800000\"}}",
                        "{\"type\":\"inlineCard\",\"attrs\":{\"url\":\"https://jira.example.com/browse/CHAOS-1\"}}"),
                "{\"type\":\"codeBlock\",\"content\":[" + text("echo hi") + "]}",
                "{\"type\":\"blockquote\",\"content\":[" + paragraph(text("quoted")) + "]}",
                "{\"type\":\"panel\",\"attrs\":{\"panelType\":\"error\"},\"content\":[" + paragraph(text("careful")) + "]}",
                "{\"type\":\"rule\"}",
                "{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":[" + cell.replace("tableCell", "tableHeader")
                        + "," + cell + "]}]}"));

        StorageSanitizer.Result checked = StorageSanitizer.sanitize(storage);

        assertEquals(List.of(), checked.removed());
        assertTrue(storage, storage.contains("2026-03-10"));
        assertTrue(storage, storage.contains("<ac:structured-macro ac:name=\"warning\"><ac:rich-text-body><p>careful</p>"));
    }

    @Test
    public void hostileTextStaysTextAndAScriptLinkIsLeftForTheSanitizerToTakeOut() {
        String storage = AdfStorage.toStorage(doc(paragraph(text("<script>alert(1)</script>"),
                text("click", "{\"type\":\"link\",\"attrs\":{\"href\":\"javascript:alert(1)\\\"><script>\"}}"))));

        assertTrue(storage, storage.startsWith("<p>&lt;script&gt;alert(1)&lt;/script&gt;<a href=\"javascript:alert(1)&quot;&gt;&lt;script&gt;\">"));
        StorageSanitizer.Result checked = StorageSanitizer.sanitize(storage);
        assertEquals(List.of("link href with a scheme other than http, https or mailto"), checked.removed());
        assertTrue(checked.storage(), !checked.storage().contains("javascript"));
    }

    @Test
    public void nodesThisConverterDoesNotKnowKeepTheirWords() {
        assertEquals("<p>kept</p>", AdfStorage.toStorage(doc(
                "{\"type\":\"mediaGroup\",\"content\":[{\"type\":\"media\",\"attrs\":{\"id\":\"1\"}}]},"
                        + "{\"type\":\"layoutSection\",\"content\":[{\"type\":\"layoutColumn\",\"content\":[" + paragraph(text("kept"))
                        + "]}]}")));
    }

    @Test
    public void textThatIsNotAdfIsRefusedSayingSo() {
        TrackerException notJson = assertThrows(TrackerException.class, () -> AdfStorage.toStorage("h1. wiki markup"));
        TrackerException notADoc = assertThrows(TrackerException.class, () -> AdfStorage.toStorage("{\"type\":\"paragraph\"}"));

        assertEquals(TrackerException.Kind.UNSUPPORTED, notJson.kind());
        assertEquals("a Jira Cloud description could not be read as Atlassian Document Format: it is not JSON",
                notJson.getMessage());
        assertTrue(notADoc.getMessage(), notADoc.getMessage().endsWith("it has no \"doc\" node at the top"));
    }
}
