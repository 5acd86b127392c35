package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A review page that starts from the run log: its timeline, its times to detect and to recover, a halt's reason. */
public class ReviewFromTheLogTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private String payments;
    private String search;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", "https://jira.example", "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(RunLogCommandsTest.ON_THE_DAY, Map.of(), CliRun.connections(jira, wiki), all);
    }

    private void ok(String... args) {
        CliRun run = run(args);
        assertEquals(run.err(), 0, run.exit());
    }

    @Before
    public void aChaosDayWithTwoExperiments() throws Exception {
        ok("create", "--chaos-day", "2027-03-10", "--team", "Payments", "--team", "Search", "--allow-past");
        Path file = tmp.newFile().toPath();
        Files.writeString(file, "experiments:\n" + ReadyCommandTest.card("Payments loses its database", "Payments", "Alice")
                + ReadyCommandTest.card("Search loses its cache", "Search", "Bob").replace("staging", "production"));
        ok("experiments", "add", "--file", file.toString());
        payments = jira.issues.values().stream().filter(i -> i.summary().equals("Payments loses its database")).findFirst()
                .orElseThrow().key();
        search = jira.issues.values().stream().filter(i -> i.summary().equals("Search loses its cache")).findFirst()
                .orElseThrow().key();
    }

    private String reviewPage(String team) {
        return wiki.pages.values().stream().filter(p -> p.page().title().startsWith("Post-incident review: " + team))
                .findFirst().orElseThrow().page().body();
    }

    @Test
    public void theReviewPageTimelineAndTimesComeFromTheLogAndPublishingAgainChangesNothing() {
        ok("experiments", "start", payments, "--at", "10:02");
        ok("experiments", "log", payments, "Latency alert fired", "--at", "10:04", "--kind", "detected");
        ok("experiments", "log", payments, "Fail-over complete", "--at", "10:09", "--kind", "recovered");
        ok("experiments", "stop", payments, "--at", "10:15");
        ok("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");

        String page = reviewPage("Payments");
        assertTrue(page, page.contains("<h3>Payments loses its database</h3>"));
        assertTrue(page, page.contains("<tr><td>10:02</td><td>start</td><td>Alice</td><td></td></tr>"));
        assertTrue(page, page.contains("<tr><td>10:04</td><td>detected</td><td>Alice</td><td>Latency alert fired</td></tr>"));
        assertTrue(page, page.contains("<tr><td>10:09</td><td>recovered</td><td>Alice</td><td>Fail-over complete</td></tr>"));
        assertTrue(page, page.contains("<tr><td>10:15</td><td>stop</td><td>Alice</td><td></td></tr>"));
        assertTrue("the experiment's row", page.matches("(?s).*<td>Payments loses its database</td><td>.*?</td><td>2 min</td><td>7 min</td>.*"));
        assertTrue("the page properties", page.contains("<tr><th>Time to detect</th><td>2 min</td></tr>")
                && page.contains("<tr><th>Time to recover</th><td>7 min</td></tr>"));

        long writes = wiki.writeCount();
        CliRun again = run("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        assertEquals(again.err(), 0, again.exit());
        assertEquals(writes, wiki.writeCount());
        assertTrue(again.out(), again.out().contains("unchanged"));
    }

    @Test
    public void aHaltedExperimentShowsItsReasonAndTheLessonsPageRollsUpPerTeamAndOverall() {
        ok("experiments", "start", payments, "--at", "10:02");
        ok("experiments", "log", payments, "Latency alert fired", "--at", "10:04", "--kind", "detected");
        ok("experiments", "log", payments, "Fail-over complete", "--at", "10:09", "--kind", "recovered");
        ok("experiments", "stop", payments, "--at", "10:15");
        ok("experiments", "start", search, "--at", "11:00");
        ok("experiments", "log", search, "Search latency page", "--at", "11:06", "--kind", "detected");
        ok("experiments", "halt", search, "--reason", "real customers affected", "--at", "11:10");
        ok("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");

        String page = reviewPage("Search");
        assertTrue(page, page.contains("Halted: real customers affected"));
        assertTrue(page, page.contains("<tr><th>Halted</th><td>1</td></tr>"));
        String lessons = wiki.pages.values().stream().filter(p -> p.page().title().startsWith("Lessons:")).findFirst()
                .orElseThrow().page().body();
        assertTrue(lessons, lessons.contains("<tr><td>Payments</td><td>1</td><td>0</td><td>2 min</td><td>7 min</td><td>0</td></tr>"));
        assertTrue(lessons, lessons.contains("<tr><td>Search</td><td>1</td><td>1</td><td>6 min</td><td>-</td><td>0</td></tr>"));
        assertTrue(lessons, lessons.contains("<tr><td>All teams</td><td>2</td><td>1</td><td>4 min</td><td>7 min</td><td>0</td></tr>"));
    }

    @Test
    public void aPersonsTimelineInTheReviewTicketIsKeptBesideTheLog() {
        ok("experiments", "start", payments, "--at", "10:02");
        ok("experiments", "stop", payments, "--at", "10:15");
        String review = jira.byItem("review/Payments").key();
        jira.editDescription(review, "h2. Timeline\nWe noticed the dashboard first, then the alert.");
        ok("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        String page = reviewPage("Payments");
        assertTrue(page, page.contains("<h3>Payments loses its database</h3>"));
        assertTrue(page, page.contains("We noticed the dashboard first, then the alert."));
    }

    @Test
    public void whatTheLogSaysIsShownAsTextNeverAsMarkup() {
        ok("experiments", "start", payments, "--at", "10:02");
        ok("experiments", "log", payments, "<script>alert(1)</script> <ac:structured-macro ac:name=\"html\"/>", "--at", "10:03");
        ok("publish", "--confluence", "https://wiki.example", "--space", "CHAOS");
        String page = reviewPage("Payments");
        assertTrue(page, page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;ac:structured-macro"));
        assertTrue(page, !page.contains("<script>") && !page.contains("ac:name=\"html\""));
    }
}
