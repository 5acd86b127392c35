package io.chaosday.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.StorageDom;
import java.util.List;
import org.junit.Test;

public class StorageFragmentTest {

    private static final String HTML_MACRO = "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body>"
            + "<![CDATA[<script>x</script>]]></ac:plain-text-body></ac:structured-macro>";

    @Test
    public void anHtmlMacroFromConfluenceIsNeutralised() {
        StorageFragment fragment = StorageFragment.fromConfluence("<p>before</p>" + HTML_MACRO + "<p>after</p>");
        assertEquals("<p>before</p><pre>&lt;script&gt;x&lt;/script&gt;</pre><p>after</p>", fragment.xhtml());
        assertEquals(List.of("macro html"), fragment.removed());
    }

    @Test
    public void allowedMacrosPassWithTheirBodies() {
        String info = "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body>"
                + "<p>Heads up</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">CHAOS-1</ac:parameter>"
                + "</ac:structured-macro>";
        StorageFragment fragment = StorageFragment.fromConfluence(info);
        assertEquals(info, fragment.xhtml());
        assertTrue(fragment.removed().isEmpty());
    }

    @Test
    public void codeInCdataBecomesEscapedTextWithTheSameMeaning() {
        StorageFragment fragment = StorageFragment.fromConfluence("<ac:structured-macro ac:name=\"code\">"
                + "<ac:plain-text-body><![CDATA[if (a < b && c) {}]]></ac:plain-text-body></ac:structured-macro>");
        assertEquals("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body>if (a &lt; b &amp;&amp; c) {}"
                + "</ac:plain-text-body></ac:structured-macro>", fragment.xhtml());
    }

    @Test
    public void aForbiddenMacroInsideAnAllowedOneIsCaught() {
        StorageFragment fragment = StorageFragment.fromConfluence("<ac:structured-macro ac:name=\"expand\">"
                + "<ac:rich-text-body>" + HTML_MACRO + "</ac:rich-text-body></ac:structured-macro>");
        assertEquals(List.of("expand"), StorageDom.macroNames(StorageDom.parse(fragment.xhtml())));
    }

    @Test
    public void aMacroUnderAnotherPrefixOrInCapitalsIsStillCaught() {
        StorageFragment fragment = StorageFragment.fromConfluence(
                "<x:structured-macro xmlns:x=\"http://atlassian.com/content\" x:name=\"html\">"
                        + "<x:plain-text-body>alert(1)</x:plain-text-body></x:structured-macro>"
                        + "<ac:structured-macro ac:name=\" HTML \"><ac:plain-text-body>y</ac:plain-text-body>"
                        + "</ac:structured-macro><ac:structured-macro><ac:plain-text-body>z</ac:plain-text-body>"
                        + "</ac:structured-macro>");
        assertEquals("<pre>alert(1)</pre><pre>y</pre><pre>z</pre>", fragment.xhtml());
        assertEquals(List.of("macro html", "macro html", "macro (unnamed)"), fragment.removed());
    }

    @Test
    public void anUnknownMacroKeepsTheWordsOfItsRichBody() {
        StorageFragment fragment = StorageFragment.fromConfluence("<ac:structured-macro ac:name=\"panel\">"
                + "<ac:parameter ac:name=\"title\">T</ac:parameter><ac:rich-text-body><p>kept</p></ac:rich-text-body>"
                + "</ac:structured-macro>");
        assertEquals("<p>kept</p>", fragment.xhtml());
    }

    @Test
    public void oldStyleMacrosAndUnknownConfluenceElementsAreDropped() {
        StorageFragment fragment = StorageFragment.fromConfluence(
                "<ac:macro ac:name=\"html\"><ac:plain-text-body>x</ac:plain-text-body></ac:macro>"
                        + "<at:var at:name=\"v\"/><p>ok</p>");
        assertEquals("<p>ok</p>", fragment.xhtml());
    }

    @Test
    public void scriptsStylesAndEventHandlersAreDropped() {
        StorageFragment fragment = StorageFragment.fromConfluence("<p onclick=\"alert(1)\" style=\"x\">a"
                + "<script>alert(2)</script><style>p{}</style><iframe src=\"https://evil\"/></p>"
                + "<SCRIPT>alert(3)</SCRIPT><img src=\"x\" onerror=\"alert(4)\"/>");
        assertEquals("<p>a</p>", fragment.xhtml());
    }

    @Test
    public void onlyWebAndMailLinksKeepTheirTarget() {
        StorageFragment fragment = StorageFragment.fromConfluence(
                "<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(1)\">b</a>"
                        + "<a href=\"data:text/html,x\">c</a><a href=\"https://example.com/x?y=1\">d</a>"
                        + "<a href=\"mailto:team@example.com\">e</a><a href=\"/wiki/x\">f</a>");
        assertEquals("<a>a</a><a>b</a><a>c</a><a href=\"https://example.com/x?y=1\">d</a>"
                + "<a href=\"mailto:team@example.com\">e</a><a href=\"/wiki/x\">f</a>", fragment.xhtml());
    }

    @Test
    public void anUnknownHarmlessWrapperKeepsItsText() {
        assertEquals("<p>red</p>", StorageFragment.fromConfluence("<p><font color=\"red\">red</font></p>").xhtml());
    }

    @Test
    public void namedCharacterReferencesFromConfluenceAreUnderstood() {
        assertEquals("<p>a\u00A0b \u2019c\u2019 &amp; &lt;</p>",
                StorageFragment.fromConfluence("<p>a&nbsp;b &rsquo;c&rsquo; &amp; &lt;</p>").xhtml());
    }

    @Test
    public void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        assertThrows(StorageFormatException.class, () -> StorageFragment.fromConfluence(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"));
        assertThrows(StorageFormatException.class, () -> StorageFragment.fromConfluence("<p>&e;</p>"));
    }

    @Test
    public void storageThatIsNotWellFormedIsRefused() {
        assertThrows(StorageFormatException.class, () -> StorageFragment.fromConfluence("<p>open"));
        assertThrows(StorageFormatException.class,
                () -> StorageFragment.fromConfluence("</chaosday-storage><chaosday-storage>"));
    }

    @Test
    public void sanitisingTwiceChangesNothingMore() {
        String once = StorageFragment.fromConfluence("<p>a&nbsp;<em>b</em></p>" + HTML_MACRO
                + "<table><tbody><tr><td colspan=\"2\"/></tr></tbody></table>").xhtml();
        assertEquals(once, StorageFragment.fromConfluence(once).xhtml());
    }

    @Test
    public void plainTextBecomesEscapedParagraphs() {
        assertEquals("<p>one &lt;b&gt;<br/>same paragraph</p><p>two &amp; more</p>",
                StorageFragment.plainText("one <b>\nsame paragraph\n\n  \ntwo & more\n").xhtml());
    }

    @Test
    public void blankTextIsTheEmptyFragment() {
        assertSame(StorageFragment.EMPTY, StorageFragment.plainText(" \n\t"));
        assertTrue(StorageFragment.fromConfluence("<!-- only a comment -->").isEmpty());
    }

    @Test
    public void aFragmentPrintedByAccidentShowsNoMarkup() {
        assertFalse(StorageFragment.plainText("x").toString().contains("<"));
    }
}
