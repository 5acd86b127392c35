package io.chaosday.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Ticket;
import io.chaosday.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Opens the timeline in a real headless Chromium: it must load offline, render, and show the tickets. */
public class HtmlTimelineBrowserTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private HeadlessChromium chromium;
    private ChaosDayPlan plan;
    private Path page;

    @Before
    public void renderThePage() throws IOException {
        chromium = new HeadlessChromium(temp.newFolder().toPath());
        plan = TestPlans.plan("Payments & Search Chaos Day", TestPlans.CHAOS_DAY, 1,
                List.of("Payments", "Search <beta>", "Checkout"), "2027-03-01");
        page = temp.getRoot().toPath().resolve("timeline.html");
        Files.writeString(page, new HtmlTimeline().render(plan, TestPlans.TODAY), StandardCharsets.UTF_8);
    }

    @Test
    public void browserScreenshotOfTheTimelineIsAPictureNotABlankPage() throws Exception {
        Path png = temp.getRoot().toPath().resolve("timeline.png");
        run("--screenshot=" + png, "--window-size=1400,1000");
        assertTrue("no screenshot at " + png, Files.isRegularFile(png));
        assertTrue("screenshot is only " + Files.size(png) + " bytes", Files.size(png) > 20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue("only " + colours.size() + " colours", colours.size() > 50);
    }

    @Test
    public void browserRendersEveryTicketTextIntoTheDom() throws Exception {
        Document dom = Jsoup.parse(run("--dump-dom"));
        assertEquals("Payments & Search Chaos Day", dom.selectFirst("h1").text());
        List<String> shown = dom.select(".row.ticket .summary").eachText();
        assertEquals(plan.tickets().map(Ticket::summary).toList(), shown);
        assertTrue(shown.contains("Kick-off and what-if session for Search <beta>"));
        assertTrue(dom.select("script").isEmpty());
    }

    /** Runs Chromium headless on the page and returns what it printed. */
    private String run(String... options) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--disable-quic"));
        all.addAll(List.of(options));
        return chromium.run(page.toUri().toString(), all);
    }
}
