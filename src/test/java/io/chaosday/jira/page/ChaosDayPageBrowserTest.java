package io.chaosday.jira.page;

import io.chaosday.testing.Installed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The Chaos Day page in a real headless Chromium: its script runs, shows the REST resource's answers
 * (the dry run of a new date, a publish) and the pictures are kept: in {@code target/screenshots},
 * or where {@code chaosday.screenshots} says ({@code docs/screenshots.sh} writes the README's).
 */
public class ChaosDayPageBrowserTest {

    private static final long TIMEOUT_SECONDS = 90;

    private static Path shots;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final PageRenderer renderer = new PageRenderer();

    @BeforeClass
    public static void whereScreenshotsGo() throws IOException {
        shots = Path.of(System.getProperty("chaosday.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @Test
    public void theFacilitatorsPageRendersAsAPicture() throws Exception {
        Path png = screenshot(SamplePages.facilitator(), "", "", "chaos-day-page.png", 1280, 1500);

        assertIsAPicture(png, 1280);
    }

    @Test
    public void aNewProjectsPageFlagsTheProvisionalDate() throws Exception {
        Path png = screenshot(SamplePages.justCreated(), "", "", "chaos-day-page-provisional.png", 1280, 1300);

        assertIsAPicture(png, 1280);
    }

    @Test
    public void theDryRunOfANewDateIsShownRowByRowAsText() throws Exception {
        String show = "document.getElementById('chaosday-date').value = '2027-03-17';"
                + "ChaosDayPage.showReschedule(" + PageAnswers.RESCHEDULE + ");";

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), show));

        assertEquals("Saving would create 2 tickets and move 4; 1 already on their date, 2 done and left alone.",
                dom.selectFirst("#chaosday-reschedule-result .chaosday-summary").text());
        assertEquals(List.of("Kick-off: Search (2027-02-24)", "Post-incident review: Search (2027-03-19)"),
                dom.select("#chaosday-reschedule-result .chaosday-created li").eachText());
        assertEquals("Tickets saving would create", dom.selectFirst("#chaosday-reschedule-result .chaosday-created h3").text());
        assertEquals(List.of("CHAOS-9 Kick-off: Checkout (2027-02-22)"),
                dom.select("#chaosday-reschedule-result .chaosday-not-in-plan li").eachText());
        assertEquals(List.of("CHAOS-10", "CHAOS-11", "CHAOS-12", "CHAOS-14"),
                dom.select("#chaosday-reschedule-result tbody td:eq(0)").eachText());
        assertEquals("Shortlist <the> experiments", dom.select("#chaosday-reschedule-result tbody tr").get(1).child(1).text());
        assertTrue(dom.select("#chaosday-reschedule-result the").isEmpty());
        assertTrue(dom.selectFirst("#chaosday-definition button[name=apply]").attributes().hasKey("disabled") == false);
        assertIsAPicture(screenshot(SamplePages.facilitator(), show, "#chaosday-definition-heading",
                "chaos-day-reschedule-preview.png", 1280, 1100), 1280);
    }

    @Test
    public void teamsAddedOnThePageListTheTicketsCreatedForThem() throws Exception {
        String show = "ChaosDayPage.showReschedule(" + PageAnswers.TEAMS_ADDED + ");";

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), show));

        assertEquals("Saved: 5 tickets created, 1 moved; 0 already on their date, 0 done and left alone.",
                dom.selectFirst("#chaosday-reschedule-result .chaosday-summary").text());
        assertEquals("Tickets created", dom.selectFirst("#chaosday-reschedule-result .chaosday-created h3").text());
        assertEquals(List.of("CHAOS-15", "CHAOS-16", "CHAOS-17", "CHAOS-18", "CHAOS-19"),
                dom.select("#chaosday-reschedule-result .chaosday-created li a").eachText());
        assertEquals("https://jira.example.com/browse/CHAOS-16",
                dom.select("#chaosday-reschedule-result .chaosday-created li a").get(1).attr("href"));
        assertEquals("CHAOS-16 Kick-off: Search <beta> (2027-02-22)",
                dom.select("#chaosday-reschedule-result .chaosday-created li").get(1).text());
        assertTrue(dom.select("#chaosday-reschedule-result beta").isEmpty());
        assertEquals(List.of("CHAOS-7"), dom.select("#chaosday-reschedule-result .chaosday-not-in-plan li a").eachText());
        assertTrue("saved: nothing more to apply", dom.selectFirst("#chaosday-definition button[name=apply]").attributes().hasKey("disabled"));
        assertIsAPicture(screenshot(SamplePages.facilitator(), show, "#chaosday-definition-heading",
                "chaos-day-teams-added.png", 1280, 1300), 1280);
    }

    /**
     * Jira as the page's script meets it: each call is noted on the body (method, address, body) and
     * answered with {@code dryRunAnswer} for a preview, {@code saveAnswer} for a save.
     */
    private static String jiraAnswering(String dryRunAnswer, String saveAnswer) {
        return "window.fetch = function (url, options) {"
                // The page asks once, as it loads, whether a task of the project runs: here none does.
                + "  if (options.method === 'GET' && /\\/task$/.test(url)) {"
                + "    return Promise.resolve({ok: true, status: 200, json: function () { return Promise.resolve({task: null}); }});"
                + "  }"
                + "  var calls = JSON.parse(document.body.getAttribute('data-calls') || '[]');"
                + "  calls.push(options.method + ' ' + url + ' ' + options.body);"
                + "  document.body.setAttribute('data-calls', JSON.stringify(calls));"
                + "  var answer = options.method === 'PUT' ? " + saveAnswer + " : " + dryRunAnswer + ";"
                + "  return Promise.resolve({ok: true, status: 200, json: function () { return Promise.resolve(answer); }});"
                + "};";
    }

    /**
     * Jira as the page's script meets it while a long save runs: the save is answered 202 with its
     * task, which each later read finds further on ({@code reads} running states, then done with
     * {@code answer}); as each read is answered, the progress the page shows is noted on the body.
     */
    private static String jiraRunningALongSave(List<String> running, String answer) {
        String states = running.stream().map(step -> "{kind: 'reschedule', state: 'RUNNING', started: '2027-02-01T09:00:00Z', "
                + step + "}").reduce((a, b) -> a + "," + b).orElse("");
        return "var states = [" + states + "]; var reads = 0;"
                + "function answering(status, body) {"
                + "  return Promise.resolve({ok: status < 300, status: status, json: function () { return Promise.resolve(body); }});"
                + "}"
                + "window.fetch = function (url, options) {"
                + "  if (options.method === 'PUT') {"
                + "    return answering(202, {task: {kind: 'reschedule', state: 'RUNNING', started: '2027-02-01T09:00:00Z', step: '', done: 0, total: 0}});"
                + "  }"
                + "  if (/\\/task$/.test(url)) {"
                + "    var seen = JSON.parse(document.body.getAttribute('data-progress') || '[]');"
                + "    seen.push(document.getElementById('chaosday-task').hidden ? '' : document.getElementById('chaosday-task').textContent);"
                + "    document.body.setAttribute('data-progress', JSON.stringify(seen));"
                + "    if (reads++ === 0) { return answering(200, {task: null}); }"
                + "    var next = states.shift();"
                + "    return answering(200, {task: next || {kind: 'reschedule', state: 'DONE', started: '2027-02-01T09:00:00Z',"
                + "      step: 'Moving due dates', done: 10, total: 10, answer: {status: 200, body: " + answer + "}}});"
                + "  }"
                + "  return answering(200, " + PageAnswers.RESCHEDULE + ");"
                + "};";
    }

    @Test
    public void aLongSaveShowsItsProgressWhileItRunsThenItsResult() throws Exception {
        String act = jiraRunningALongSave(List.of("step: 'Creating issues', done: 3, total: 10",
                "step: 'Moving due dates', done: 7, total: 10"), PageAnswers.TEAMS_ADDED)
                + afterThePageIsWired("document.getElementById('chaosday-teams').value = 'Payments\\nSearch <beta>\\nCheckout';"
                + "document.querySelector('#chaosday-definition button[name=preview]').click();"
                + "setTimeout(function () { document.querySelector('#chaosday-definition button[name=apply]').click(); }, 300);");

        Document dom = Jsoup.parse(chromium(harness(SamplePages.facilitator(), act), "", "--dump-dom", "--virtual-time-budget=8000"));

        String progress = dom.body().attr("data-progress");
        assertTrue(progress, progress.contains("Working on it..."));
        assertTrue(progress, progress.contains("Working on it: Creating issues (3 of 10)."));
        assertTrue(progress, progress.contains("Working on it: Moving due dates (7 of 10)."));
        assertTrue(progress, progress.indexOf("(3 of 10)") < progress.indexOf("(7 of 10)"));
        assertTrue("the progress goes once the work is done", dom.selectFirst("#chaosday-task").hasAttr("hidden"));
        assertEquals(List.of("CHAOS-15", "CHAOS-16", "CHAOS-17", "CHAOS-18", "CHAOS-19"),
                dom.select("#chaosday-reschedule-result .chaosday-created li a").eachText());
    }

    @Test
    public void aLongSaveRunningIsShownAsAPicture() throws Exception {
        String act = jiraRunningALongSave(java.util.Collections.nCopies(20, "step: 'Creating issues', done: 4, total: 10"), "{}")
                + afterThePageIsWired("document.getElementById('chaosday-teams').value = 'Payments\\nSearch\\nCheckout\\nLedger';"
                + "document.querySelector('#chaosday-definition button[name=preview]').click();"
                + "setTimeout(function () { document.querySelector('#chaosday-definition button[name=apply]').click(); }, 300);");

        Document dom = Jsoup.parse(chromium(harness(SamplePages.facilitator(), act), "", "--dump-dom", "--virtual-time-budget=3000"));
        assertEquals("Working on it: Creating issues (4 of 10).", dom.selectFirst("#chaosday-task .title").text());
        assertIsAPicture(screenshot(SamplePages.facilitator(), act, "", "chaos-day-task-running.png", 1280, 900), 1280);
    }

    /** The page's script wires its buttons once the document is parsed; a person's clicks come after. */
    private static String afterThePageIsWired(String script) {
        return "document.addEventListener('DOMContentLoaded', function () {" + script + "});";
    }

    @Test
    public void addingTeamsPreviewsTheirTicketsThenSavingCreatesAndListsThem() throws Exception {
        String act = jiraAnswering(PageAnswers.RESCHEDULE, PageAnswers.TEAMS_ADDED)
                + afterThePageIsWired("document.getElementById('chaosday-teams').value = 'Payments\\nSearch <beta>\\nCheckout\\nLedger';"
                + "document.querySelector('#chaosday-definition button[name=preview]').click();"
                + "setTimeout(function () { document.querySelector('#chaosday-definition button[name=apply]').click(); }, 500);");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        List<String> calls = List.of(dom.body().attr("data-calls").replaceAll("^\\[\"|\"\\]$", "").split("\",\""));
        assertEquals(calls.toString(), 2, calls.size());
        assertTrue(calls.get(0), calls.get(0).startsWith("POST /rest/chaosday/1.0/project/CHAOS/reschedule?dryRun=true "));
        assertTrue(calls.get(1), calls.get(1).startsWith("PUT /rest/chaosday/1.0/project/CHAOS/definition "));
        assertTrue("the teams typed are sent: " + calls.get(1), calls.get(1).contains("Ledger"));
        assertEquals(List.of("CHAOS-15", "CHAOS-16", "CHAOS-17", "CHAOS-18", "CHAOS-19"),
                dom.select("#chaosday-reschedule-result .chaosday-created li a").eachText());
    }

    @Test
    public void aHalfMadeChaosDayIsFinishedFromThePage() throws Exception {
        String act = jiraAnswering("{}", PageAnswers.TEAMS_ADDED)
                + afterThePageIsWired("document.getElementById('chaosday-finish').click();");

        Document before = Jsoup.parse(dom(SamplePages.halfMade(true), ""));
        Document after = Jsoup.parse(dom(SamplePages.halfMade(true), act));

        assertEquals("This Chaos Day is not finished: 9 epics and tickets of its plan are not in Jira.",
                before.selectFirst("#chaosday-unfinished .title").text());
        String call = after.body().attr("data-calls");
        assertTrue(call, call.contains("PUT /rest/chaosday/1.0/project/CHAOS/definition "));
        assertTrue("the definition as it stands: " + call, call.contains("Team 1"));
        assertNull("the notice goes once the tickets are made", after.selectFirst("#chaosday-unfinished"));
        assertEquals(5, after.select("#chaosday-reschedule-result .chaosday-created li").size());
    }

    @Test
    public void someoneWhoMayNotChangeTheChaosDayIsToldWhomToAskInsteadOfAButton() throws Exception {
        Document dom = Jsoup.parse(dom(SamplePages.halfMade(false), ""));

        assertNull(dom.selectFirst("#chaosday-finish"));
        assertTrue(dom.selectFirst("#chaosday-unfinished").text().contains("Ask a project administrator"));
    }

    @Test
    public void aPublishShowsWhatHappenedToEachPageAndWhoEditedThoseLeftAlone() throws Exception {
        String show = "ChaosDayPage.showPublish(" + PageAnswers.PUBLISH + ");";

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), show));

        assertEquals(List.of("Created", "Updated", "Unchanged", "Left alone: edited by Priya Natarajan"),
                dom.select("#chaosday-publish-result tbody td:eq(1)").eachText());
        assertEquals("Improvement tickets created: CHAOS-23", dom.selectFirst(".chaosday-improvements").text());
        assertIsAPicture(screenshot(SamplePages.facilitator(), show, "#chaosday-reviews-heading",
                "chaos-day-publish.png", 1280, 1000), 1280);
    }

    @Test
    public void aPublishConfluenceRefusesUntilAuthorisedOffersTheAuthorisationLink() throws Exception {
        String uri = "https://confluence.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1";
        String show = "ChaosDayPage.showFailure('chaosday-publish-result', {status: 409, code: 'CONFLUENCE_AUTHORISATION_REQUIRED',"
                + " message: 'Allow Jira to publish to Confluence as you first.', authorisationUri: '" + uri + "'});";

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), show));

        assertEquals("Allow Jira to publish to Confluence as you first.",
                dom.selectFirst("#chaosday-publish-result .aui-message-error p").text());
        assertEquals(uri, dom.selectFirst("#chaosday-publish-result a.chaosday-authorise").attr("href"));
        assertEquals("Authorise", dom.selectFirst("#chaosday-publish-result a.chaosday-authorise").text());
    }

    @Test
    public void anAuthorisationAddressThatIsNotHttpIsNeverLinked() throws Exception {
        String show = "ChaosDayPage.showFailure('chaosday-publish-result', {status: 409, code: 'CONFLUENCE_AUTHORISATION_REQUIRED',"
                + " message: 'Allow Jira first.', authorisationUri: 'javascript:alert(1)'});";

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), show));

        assertEquals("Allow Jira first.", dom.selectFirst("#chaosday-publish-result .aui-message-error p").text());
        assertTrue(dom.select("#chaosday-publish-result a").isEmpty());
    }

    private String dom(ChaosDayPage page, String script) throws Exception {
        Path html = harness(page, script);
        return chromium(html, "", "--dump-dom", "--virtual-time-budget=3000");
    }

    private Path screenshot(ChaosDayPage page, String script, String fragment, String name, int width, int height)
            throws Exception {
        // Headless Chromium shoots the top of the page; the sections above the one wanted are taken away instead of scrolled past.
        String scroll = fragment.isEmpty() ? "" : "var wanted = document.getElementById('" + fragment.substring(1)
                + "').parentNode; while (wanted.previousElementSibling) { wanted.previousElementSibling.remove(); }";
        Path html = harness(page, script + scroll);
        Path png = shots.resolve(name).toAbsolutePath();
        chromium(html, "", "--screenshot=" + png, "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--virtual-time-budget=3000");
        return png;
    }

    private Path harness(ChaosDayPage page, String script) throws IOException {
        Path html = temp.newFile(System.nanoTime() + ".html").toPath();
        Files.writeString(html, PageHarness.wrap(renderer.render(PageRenderer.PAGE, "page", page), "Chaos Day", script),
                StandardCharsets.UTF_8);
        return html;
    }

    private String chromium(Path html, String fragment, String... options) throws IOException, InterruptedException {
        Path chromium = Installed.program("chromium", "chromium");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // The timeline's sandboxed frame would otherwise run in a process of its own, which headless screenshots can miss.
                "--disable-site-isolation-trials",
                "--user-data-dir=" + temp.newFolder()));
        command.addAll(List.of(options));
        command.add(html.toUri() + fragment);
        File out = temp.newFile();
        File err = temp.newFile();
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium took more than " + TIMEOUT_SECONDS + " s");
        }
        assertEquals("chromium failed: " + Files.readString(err.toPath()), 0, process.exitValue());
        return Files.readString(out.toPath(), StandardCharsets.UTF_8);
    }

    private static void assertIsAPicture(Path png, int width) throws IOException {
        assertTrue("no screenshot at " + png, Files.isRegularFile(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue("only " + colours.size() + " colours: a blank page?", colours.size() > 50);
    }
}
