package io.chaosday.jira.page;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The Chaos Day page in a real headless Chromium: its script runs, shows the REST resource's answers
 * (the dry run of a new date, a publish) and the pictures are kept: in {@code target/screenshots},
 * or where {@code chaosday.screenshots} says ({@code docs/screenshots.sh} writes the README's).
 */
public class ChaosDayPageBrowserTest {

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
        return "var reads = window.fetch; window.fetch = function (url, options) {"
                + "  if (options.method === 'GET') { return reads(url, options); }"
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
        return "var states = [" + states + "]; var reads = 0; var base = window.fetch;"
                + "function answering(status, body) {"
                + "  return Promise.resolve({ok: status < 300, status: status, json: function () { return Promise.resolve(body); }});"
                + "}"
                + "window.fetch = function (url, options) {"
                + "  if (options.method === 'GET' && !/\\/task$/.test(url)) { return base(url, options); }"
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

    /** Jira reading for the page's script: the go / no-go checklist and the day, as given. */
    private static String jiraReading(String ready, String day) {
        return "window.fetch = function (url, options) {"
                + "  var answer = /\\/ready$/.test(url) ? " + ready + " : /\\/day$/.test(url) ? " + day + " : null;"
                + "  return Promise.resolve({ok: answer !== null, status: answer === null ? 404 : 200,"
                + "    json: function () { return Promise.resolve(answer || {message: 'not here'}); }});"
                + "};";
    }

    /** Jira as the run log's writer: each write is noted on the body and answered with {@code status} and {@code answer}. */
    private static String jiraWriting(int status, String answer) {
        return "var reads = window.fetch; window.fetch = function (url, options) {"
                + "  if (options.method === 'GET') { return reads(url, options); }"
                + "  var calls = JSON.parse(document.body.getAttribute('data-calls') || '[]');"
                + "  calls.push(options.method + ' ' + url + ' ' + options.body);"
                + "  document.body.setAttribute('data-calls', JSON.stringify(calls));"
                + "  return Promise.resolve({ok: " + status + " < 300, status: " + status + ", json: function () { return Promise.resolve("
                + answer + "); }});"
                + "};";
    }

    /** What the page's script sent, one write a line. */
    private static List<String> writes(Document dom) throws IOException {
        String calls = dom.body().attr("data-calls");
        List<String> writes = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(calls.isEmpty() ? "[]" : calls).forEach(c -> writes.add(c.asText()));
        return writes;
    }

    /** A person's clicks once the day has been read and drawn. */
    private static String onceTheDayIsDrawn(String script) {
        return "document.addEventListener('DOMContentLoaded', function () { setTimeout(function () {" + script + "}, 300); });";
    }

    private static String row(String key) {
        return "document.querySelector('#chaosday-day-board tr[data-key=\"" + key + "\"]')";
    }

    @Test
    public void theGoNoGoChecklistShowsEachCheckWhatStandsInItsWayAndWhatToDo() throws Exception {
        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), ""));

        assertEquals("No go", dom.selectFirst("#chaosday-ready-result .chaosday-verdict").text());
        assertEquals(5, dom.select("#chaosday-ready-result .chaosday-checks > li").size());
        org.jsoup.nodes.Element teams = dom.selectFirst("#chaosday-ready-result li[data-check=every-team-has-an-experiment]");
        assertEquals("Not yet", teams.selectFirst(".chaosday-check-mark").text());
        assertEquals(List.of("The team Search <beta> has no experiment."), teams.select("ul li").eachText());
        assertTrue("a team's name is text, never markup", dom.select("#chaosday-ready-result beta").isEmpty());
        assertEquals("What to do: Add an experiment for each team named.", teams.selectFirst(".chaosday-todo").text());
        assertEquals("Passed", dom.selectFirst("#chaosday-ready-result li[data-check=plan-done] .chaosday-check-mark").text());
        assertNull("a passed check has nothing to do", dom.selectFirst("#chaosday-ready-result li[data-check=plan-done] .chaosday-todo"));
        assertIsAPicture(screenshot(SamplePages.facilitator(), "", "#chaosday-ready-heading", "chaos-day-go-no-go.png", 1280, 560), 1280);
    }

    @Test
    public void onceEveryCheckPassesTheVerdictIsGo() throws Exception {
        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), jiraReading(PageAnswers.READY_GO, PageAnswers.DAY)));

        assertEquals("Go", dom.selectFirst("#chaosday-ready-result .chaosday-verdict").text());
    }

    @Test
    public void theChecklistIsNotShownOnceTheDayIsPast() throws Exception {
        Document dom = Jsoup.parse(dom(SamplePages.past(), ""));

        assertNull(dom.selectFirst("#chaosday-ready"));
        assertTrue("the panel stays for the day's log", dom.selectFirst("#chaosday-day") != null);
    }

    @Test
    public void theOnTheDayPanelListsEachExperimentsRunItsLogAndWhatToPutBack() throws Exception {
        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), ""));

        assertEquals(List.of("CHAOS-19", "CHAOS-20", "CHAOS-21", "CHAOS-22"), dom.select("#chaosday-day-board tbody tr td:eq(0)").eachText());
        assertEquals(List.of("Running since 10:02, 23 min", "Not started", "Not started", "Stopped 35 min from 09:10"),
                dom.select("#chaosday-day-board tbody tr td:eq(2)").eachText());
        org.jsoup.nodes.Element payments = dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-19]");
        assertEquals(List.of("10:02 Started by Alice Moreau", "10:04 Detected Latency alert fired in #payments-ops by Alice Moreau"),
                payments.select(".chaosday-entries li").eachText());
        assertEquals("To put back: Turn the <payments> paging rule back on", payments.selectFirst(".chaosday-put-back").text());
        assertTrue(payments.selectFirst("button[name=stop]") != null && payments.selectFirst("button[name=halt]") != null);
        assertNull("a running experiment has started", payments.selectFirst("button[name=start]"));
        org.jsoup.nodes.Element search = dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-20]");
        assertTrue(search.selectFirst("button[name=start]") != null);
        assertNull(search.selectFirst("button[name=stop]"));
        assertEquals("Its owner or a project administrator runs it.",
                dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-21] td:eq(4)").text());
        assertNull("a stopped experiment has nothing more to do", dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-22] form"));
        assertTrue("every value is text, never markup", dom.select("#chaosday-day-board img, #chaosday-day-board payments, "
                + "#chaosday-day-board beta").isEmpty());
        assertTrue(dom.selectFirst("#chaosday-day .chaosday-day-help").text().endsWith("times are in Europe/London."));
    }

    @Test
    public void startingAnExperimentInThePanelWritesItsStartAndShowsItRunningWithoutAReload() throws Exception {
        String act = jiraWriting(200, PageAnswers.STARTED)
                + onceTheDayIsDrawn(row("CHAOS-20") + ".querySelector('button[name=start]').click();");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        assertEquals(List.of("POST /rest/chaosday/1.0/project/CHAOS/experiments/CHAOS-20/log {\"kind\":\"start\"}"), writes(dom));
        org.jsoup.nodes.Element search = dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-20]");
        assertEquals("Running since 10:25, 0 min", search.child(2).text());
        assertTrue("now it can be logged and stopped", search.selectFirst("button[name=stop]") != null);
        assertEquals("CHAOS-20: Started at 10:25.", dom.selectFirst("#chaosday-day-result .chaosday-written").text());
    }

    @Test
    public void loggingWhatTheRespondersDidSendsItsKindTextAndTimeAndAddsItToTheLog() throws Exception {
        String act = jiraWriting(200, PageAnswers.LOGGED) + onceTheDayIsDrawn("var form = " + row("CHAOS-19") + ".querySelector('form');"
                + "form.elements.kind.value = 'recovered'; form.elements.text.value = 'Fail-over done'; form.elements.at.value = '10:26';"
                + "form.querySelector('button[name=log]').click();");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        assertEquals(List.of("POST /rest/chaosday/1.0/project/CHAOS/experiments/CHAOS-19/log "
                + "{\"kind\":\"recovered\",\"text\":\"Fail-over done\",\"at\":\"10:26\"}"), writes(dom));
        assertEquals("10:26 Recovered Fail-over done by Alice Moreau",
                dom.select("#chaosday-day-board tr[data-key=CHAOS-19] .chaosday-entries li").last().text());
        assertEquals("CHAOS-19: Recovered at 10:26.", dom.selectFirst("#chaosday-day-result").text());
    }

    @Test
    public void stoppingAnExperimentWritesItsStopAndLeavesNothingMoreToDo() throws Exception {
        String act = jiraWriting(200, PageAnswers.STOPPED)
                + onceTheDayIsDrawn(row("CHAOS-19") + ".querySelector('button[name=stop]').click();");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        assertEquals(List.of("POST /rest/chaosday/1.0/project/CHAOS/experiments/CHAOS-19/log {\"kind\":\"stop\"}"), writes(dom));
        org.jsoup.nodes.Element payments = dom.selectFirst("#chaosday-day-board tr[data-key=CHAOS-19]");
        assertEquals("Stopped 28 min from 10:02", payments.child(2).text());
        assertNull(payments.selectFirst("form"));
        assertNull("nothing left to put back", payments.selectFirst(".chaosday-put-back"));
    }

    @Test
    public void aHaltWithoutAReasonAsksForOneAndSendsNothing() throws Exception {
        String act = jiraWriting(200, PageAnswers.STOPPED)
                + onceTheDayIsDrawn(row("CHAOS-19") + ".querySelector('button[name=halt]').click();");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        assertEquals(List.of(), writes(dom));
        assertEquals("Say why it is halted, then Halt.", dom.selectFirst("#chaosday-day-result .aui-message-error").text());
    }

    @Test
    public void aStartRefusedBecauseTheEnvironmentIsInUseSaysWhyAndOffersToStartAnyway() throws Exception {
        String refusal = "{status: 409, code: 'CONFLICT', message: 'CHAOS-20 cannot start: CHAOS-19 is running in environment staging.'}";
        String act = jiraWriting(409, refusal) + onceTheDayIsDrawn(row("CHAOS-20") + ".querySelector('button[name=start]').click();"
                + "setTimeout(function () { document.querySelector('#chaosday-day-result .chaosday-force').click(); }, 300);");

        Document dom = Jsoup.parse(dom(SamplePages.facilitator(), act));

        assertEquals(List.of("POST /rest/chaosday/1.0/project/CHAOS/experiments/CHAOS-20/log {\"kind\":\"start\"}",
                "POST /rest/chaosday/1.0/project/CHAOS/experiments/CHAOS-20/log {\"kind\":\"start\",\"force\":true}"), writes(dom));
        assertTrue(dom.selectFirst("#chaosday-day-result").text().startsWith("CHAOS-20 cannot start: CHAOS-19 is running"));
    }

    @Test
    public void theOnTheDayPanelRendersAsAPicture() throws Exception {
        assertIsAPicture(screenshot(SamplePages.facilitator(), "", "#chaosday-day-heading", "chaos-day-on-the-day.png", 1280, 760), 1280);
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
        assertTrue("the time zone shown is sent back: " + calls.get(1), calls.get(1).contains("\\\"timeZone\\\":\\\"Europe/London\\\""));
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
        // Jira answers the page's reads (checklist and day) unless the test's script answers otherwise.
        String reads = jiraReading(PageAnswers.READY, PageAnswers.DAY);
        Files.writeString(html, PageHarness.wrap(renderer.render(PageRenderer.PAGE, "page", page), "Chaos Day", reads + script),
                StandardCharsets.UTF_8);
        return html;
    }

    private String chromium(Path html, String fragment, String... options) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(
                // The timeline's sandboxed frame would otherwise run in a process of its own, which headless screenshots can miss.
                "--disable-site-isolation-trials"));
        all.addAll(List.of(options));
        return new HeadlessChromium(temp.newFolder().toPath()).run(html.toUri() + fragment, all);
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
