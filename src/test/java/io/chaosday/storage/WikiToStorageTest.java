package io.chaosday.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

public class WikiToStorageTest {

    private final WikiToStorage converter = new WikiToStorage();

    private String convert(String wiki) {
        String storage = converter.toStorage(wiki).orElseThrow();
        // Whatever we write must pass the gate unchanged: nothing for the sanitizer to take out.
        StorageSanitizer.Result checked = StorageSanitizer.sanitize(storage);
        assertTrue(checked.removed().toString(), checked.removed().isEmpty());
        return storage;
    }

    @Test
    public void paragraphsKeepTheirLineBreaksAndBlankLinesStartANewOne() {
        assertEquals("<p>one<br/>two</p><p>three</p>", convert("one\ntwo\n\nthree"));
    }

    @Test
    public void headingsAndEmphasisBecomeTheirElements() {
        assertEquals("<h3>Impact</h3><p><strong>bold</strong>, <em>italic</em>, <code>x &lt; y</code>, <del>gone</del>,"
                        + " <u>under</u>, x <sup>2</sup>, <cite>cited</cite></p>",
                convert("h3. Impact\n*bold*, _italic_, {{x < y}}, -gone-, +under+, x ^2^, ??cited??"));
    }

    @Test
    public void marksInsideWordsAndDatesStayText() {
        assertEquals("<p>fail-over on 2027-04-01, snake_case and 2*3*4</p>", convert("fail-over on 2027-04-01, snake_case and 2*3*4"));
    }

    @Test
    public void nestedBulletsAndNumbersBecomeNestedLists() {
        assertEquals("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol><li>one</li></ol>",
                convert("* a\n** b\n* c\n\n# one"));
    }

    @Test
    public void tablesQuotesCodeAndRules() {
        assertEquals("<table><tbody><tr><th>When</th><th>What</th></tr><tr><td>10:02</td><td><a href=\"https://x.example/a\">link</a></td></tr>"
                        + "</tbody></table>",
                convert("||When||What||\n|10:02|[link|https://x.example/a]|"));
        assertEquals("<blockquote><p>said</p></blockquote><hr/>", convert("{quote}\nsaid\n{quote}\n----"));
        assertEquals("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\"><ac:parameter ac:name=\"language\">java"
                        + "</ac:parameter><ac:plain-text-body>if (a &lt; b) {\n  run();\n}</ac:plain-text-body></ac:structured-macro>",
                convert("{code:java}\nif (a < b) {\n  run();\n}\n{code}"));
        assertEquals("<pre>*not bold*</pre>", convert("{noformat}*not bold*{noformat}"));
    }

    @Test
    public void escapesAndMarkupCharactersInTextAreText() {
        assertEquals("<p>* not a list &amp; &lt;b&gt; {html}</p>", convert("\\* not a list & <b> \\{html\\}"));
    }

    @Test
    public void webLinksBareOrNamedAndNothingElse() {
        assertEquals("<p>see <a href=\"https://wiki.example/x?a=1&amp;b=2\">https://wiki.example/x?a=1&amp;b=2</a>.</p>",
                convert("see https://wiki.example/x?a=1&b=2."));
        assertEquals(Optional.empty(), converter.toStorage("[javascript:alert(1)]"));
    }

    @Test
    public void markupWeDoNotConvertIsLeftToConfluence() {
        for (String other : new String[] {"{panel}x{panel}", "!diagram.png!", "[~alice]", "[^log.txt]", "{color:red}x{color}",
                "{code}never closed"}) {
            assertEquals(other, Optional.empty(), converter.toStorage(other));
        }
    }
}
