package io.chaosday.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.pages.FigureRow;
import io.chaosday.pages.IssueRef;
import io.chaosday.pages.VelocityPages;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.site.JiraSite;
import io.chaosday.template.RenderException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/** The template engine fails loudly on template bugs and lets templates do nothing risky. */
public class VelocityStrictnessTest {

    private static final Path TEMPLATES = Path.of("src/main/resources", VelocityPages.FOLDER);
    private static final Pattern HEADER = Pattern.compile(
            "#\\* @vtlvariable name=\"view\" type=\"(io\\.chaosday\\.pages\\.\\w+)\" \\*#");
    private static final ConfluencePages PAGES = new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com")));

    @Test
    public void aTemplateNamingAMissingPropertyFailsLoudly() {
        RenderException e = assertThrows(RenderException.class,
                () -> PAGES.render("missing-property.vm", new FigureRow("Experiments run", 3)));
        assertTrue(e.getMessage(), e.getMessage().contains("colour"));
    }

    @Test
    public void aValueThatIsNullFailsInsteadOfLeavingABlank() {
        RenderException e = assertThrows(RenderException.class,
                () -> PAGES.render("null-value.vm", new IssueRef(null, "", "", "")));
        assertTrue(e.getMessage(), e.getMessage().contains("$view.key(), which has no value"));
    }

    @Test
    public void templatesCannotParseOtherTemplates() {
        RenderException e = assertThrows(RenderException.class,
                () -> PAGES.render("parses-another.vm", new FigureRow("x", 1)));
        assertTrue(e.getMessage(), e.getMessage().contains("#parse is not used"));
    }

    @Test
    public void everyTemplateStartsWithItsOneTypedView() throws Exception {
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            Matcher header = HEADER.matcher(lines.get(0));
            assertTrue(template + " starts with its @vtlvariable header", header.matches());
            Class.forName(header.group(1));
            assertEquals(template + " names one view", 1,
                    lines.stream().filter(l -> l.contains("@vtlvariable")).count());
        }
    }

    @Test
    public void templatesNeitherPullInNorEvaluateText() throws IOException {
        for (Path template : templates()) {
            String text = Files.readString(template);
            for (String risky : List.of("#include", "#parse", "#evaluate", "#define", "CDATA", "$esc")) {
                assertFalse(template + " uses " + risky, text.contains(risky));
            }
        }
    }

    @Test
    public void oneRendererServesManyThreadsAlike() throws Exception {
        String expected = PAGES.review(ReviewFixtures.review("same")).storage();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = pool.invokeAll(
                    java.util.Collections.nCopies(32, () -> PAGES.review(ReviewFixtures.review("same")).storage()));
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".vm")).sorted().toList();
            assertEquals(2, templates.size());
            return templates;
        }
    }
}
