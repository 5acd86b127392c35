package io.chaosday.architecture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.site.ConfluenceLinks;
import io.chaosday.site.JiraSite;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every link to a Jira or Confluence page is built by the site model ({@link JiraSite},
 * {@link ConfluenceLinks}) over {@code Urls}, which encodes each segment and trims a base's
 * slashes in one place; no source glues a path onto a base by hand.
 */
public class LinksComeFromTheSiteModelTest {

    private static final Path SOURCES = Path.of("src/main/java/io/chaosday");
    private static final Pattern HAND_BUILT = Pattern.compile("replaceAll\\(\"/\\+\\$\"|\"/browse/|\"/projects/|viewpage\\.action\\?");
    private static final Path URLS = SOURCES.resolve("link/Urls.java");

    @Test
    public void noSourceButUrlsTrimsSlashesOrGluesAPageOntoABase() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && !p.equals(URLS)).toList()) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (HAND_BUILT.matcher(lines.get(i)).find()) {
                        found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue("build these links with JiraSite or ConfluenceLinks:\n" + String.join("\n", found), found.isEmpty());
    }

    @Test
    public void theScanFindsAHandBuiltLink() {
        assertTrue(HAND_BUILT.matcher("base.replaceAll(\"/+$\", \"\") + \"/browse/\" + key").find());
        assertTrue(HAND_BUILT.matcher("base + \"/pages/viewpage.action?pageId=\" + id").find());
    }

    @Test
    public void linksKeepTheContextPathWithOneSlashAndEncodeTheKey() {
        JiraSite jira = JiraSite.unlinked(URI.create("https://example.com/jira//"));

        assertEquals(URI.create("https://example.com/jira/browse/CHAOS-1"), jira.browse("CHAOS-1"));
        assertEquals(URI.create("https://example.com/jira/browse/A%2FB"), jira.browse("A/B"));
        assertEquals(URI.create("https://wiki.example.com/wiki/pages/viewpage.action?pageId=42"),
                new ConfluenceLinks(URI.create("https://wiki.example.com/wiki/")).page("42"));
    }
}
