package io.chaosday.storage;

import static org.junit.Assert.assertEquals;

import io.chaosday.review.StorageDom;
import org.junit.Test;
import org.w3c.dom.Element;

public class StorageEscaperTest {

    @Test
    public void theFiveMarkupCharactersBecomeReferences() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                StorageEscaper.escape("<a href=\"x\">Tom & Jerry's</a>"));
    }

    @Test
    public void anEndOfCdataMarkerIsHarmless() {
        assertEquals("]]&gt;", StorageEscaper.escape("]]>"));
    }

    @Test
    public void charactersXmlCannotCarryAreDropped() {
        assertEquals("abcdef", StorageEscaper.stripIllegal("a\u0000b\u0008c\uFFFEd\uFFFFe\uD800f"));
        assertEquals("a\tb\nc", StorageEscaper.stripIllegal("a\tb\nc\u001F"));
    }

    @Test
    public void emojiRightToLeftAndCombiningMarksSurvive() {
        String text = "\uD83D\uDD25 \u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C e\u0301";
        assertEquals(text, StorageEscaper.escape(text));
    }

    @Test
    public void aLowSurrogateWithoutItsPairIsDropped() {
        assertEquals("ab", StorageEscaper.escape("a\uDC00b"));
    }

    @Test
    public void escapedTextReadsBackTheSameInAnAttributeAndInText() {
        String text = "q\"uote' <tag> & amp\r\nnext\tline";
        String storage = "<p title=\"" + StorageEscaper.escape(text) + "\" alt='" + StorageEscaper.escape(text) + "'>"
                + StorageEscaper.escape(text) + "</p>";
        Element p = (Element) StorageDom.parse(storage).getDocumentElement().getFirstChild();
        assertEquals(text, p.getAttribute("title"));
        assertEquals(text, p.getAttribute("alt"));
        assertEquals(text, p.getTextContent());
    }

    @Test
    public void textOnlyEscapingKeepsLineEndsReadable() {
        assertEquals("a &lt;\n\tb&#13;", StorageEscaper.escapeText("a <\n\tb\r"));
        assertEquals("a &lt;&#10;&#9;b&#13;", StorageEscaper.escape("a <\n\tb\r"));
    }
}
