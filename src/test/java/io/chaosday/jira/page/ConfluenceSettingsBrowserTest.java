package io.chaosday.jira.page;

import io.chaosday.jira.link.FallbackSettingsForm;
import io.chaosday.testing.HeadlessChromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Publishing without an application link, in headless Chromium with AUI's stylesheet: the Chaos Day
 * page saying there is no Confluence and pointing an administrator to the settings, and the settings
 * page itself (the body Jira's admin decorator would wrap), kept as pictures for the README.
 */
public class ConfluenceSettingsBrowserTest {

    private static Path shots;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @BeforeClass
    public static void whereScreenshotsGo() throws IOException {
        shots = Path.of(System.getProperty("chaosday.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @Test
    public void aSavedAddressShowsThatATokenIsSetAndLeavesTheTokenFieldEmpty() throws Exception {
        Document body = Jsoup.parse(new PageRenderer().render(SampleSettings.TEMPLATE, "settings", SampleSettings.saved()));

        assertEquals("", body.selectFirst("#chaosday-token").attr("value"));
        assertTrue(body.selectFirst("#chaosday-token + .description").text().startsWith("A token is set."));
        Path png = screenshot(SampleSettings.saved(), "confluence-settings.png");

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1100, image.getWidth());
    }

    @Test
    public void withoutConfluenceThePageSaysSoAndLinksAnAdministratorToTheSettings() throws Exception {
        ChaosDayPage page = SamplePages.justCreated();
        String panel = new PageRenderer().render(PageRenderer.PAGE, "page", page);

        Document dom = Jsoup.parse(panel);
        assertEquals(page.confluence().url(), dom.selectFirst("#chaosday-publish a").attr("href"));
        assertTrue(dom.selectFirst("#chaosday-publish").text().startsWith("Jira is not connected to Confluence."));
        // Only the reviews section: the sections above it are taken away rather than scrolled past.
        String reviewsOnly = "var wanted = document.getElementById('chaosday-reviews-heading').parentNode;"
                + " while (wanted.previousElementSibling) { wanted.previousElementSibling.remove(); }";
        Path png = shoot(PageHarness.wrap(panel, "Chaos Day", reviewsOnly), "chaos-day-no-confluence.png", 1280, 400);

        assertEquals(1280, ImageIO.read(png.toFile()).getWidth());
    }

    private Path screenshot(FallbackSettingsForm form, String name) throws Exception {
        String page = new PageRenderer().render(SampleSettings.TEMPLATE, "settings", form);
        return shoot(PageHarness.wrap(Jsoup.parse(page).body().html(), "Chaos Day: Confluence", ""), name, 1100, 400);
    }

    private Path shoot(String document, String name, int width, int height) throws Exception {
        Path html = temp.newFile(System.nanoTime() + ".html").toPath();
        Files.writeString(html, document, StandardCharsets.UTF_8);
        Path png = shots.resolve(name).toAbsolutePath();
        new HeadlessChromium(temp.newFolder().toPath()).run(html.toUri().toString(), List.of("--screenshot=" + png,
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--virtual-time-budget=2000"));
        assertTrue(Files.isRegularFile(png));
        return png;
    }
}
