package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import io.chaosday.stub.LocalJira.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * Searches that answer wrongly never lead to writes: an answer without issues is a failure, and
 * an index that lags behind the writes never makes a report say less than what is in Jira.
 */
public class LyingSearchTest {

    @org.junit.Rule
    public final CommandsOnLocalJira commands = new CommandsOnLocalJira("search-token");

    private LocalJira jira;

    @Before
    public void theStubsJira() {
        jira = commands.jira();
    }

    private CliRun run(String... args) {
        return commands.run(args);
    }

    private CliRun create() {
        return run("create", "--chaos-day", "2027-03-10", "--teams", "2");
    }

    @Test
    public void aSearchAnsweredWithAnErrorBodyFailsTheCreateAndDuplicatesNothing() {
        assertEquals(0, create().exit());
        assertEquals(16, jira.issueCount());
        jira.failNext("POST /rest/api/2/search", Fault.ERROR_BODY);

        CliRun again = create();

        assertEquals(again.out() + again.err(), 1, again.exit());
        assertTrue(again.err(), again.err().contains("answered without a") && again.err().contains("(The search index is being rebuilt.)"));
        assertEquals("one line, no trace", 1, again.err().strip().lines().count());
        assertFalse(again.out(), again.out().contains("created"));
        assertEquals("nothing created twice", 16, jira.issueCount());
        assertEquals(0, jira.faultsLeft());
    }

    @Test
    public void aCountAnsweredWithAnErrorBodyIsAFailureToo() {
        assertEquals(0, create().exit());
        // the first search reads the Chaos Day, the second confirms it before anything is created
        jira.failNext("POST /rest/api/2/search", Fault.ERROR_BODY, Fault.ERROR_BODY, Fault.ERROR_BODY, Fault.ERROR_BODY);

        CliRun status = run("status");

        assertEquals(status.out() + status.err(), 1, status.exit());
        assertTrue(status.err(), status.err().contains("answered without a list of issues"));
    }

    @Test
    public void aCreateThroughALaggingIndexReportsWhatItMade() {
        jira.lagIndex(3);

        CliRun first = create();

        assertEquals(first.out() + first.err(), 0, first.exit());
        assertEquals(16, jira.issueCount());
        assertTrue(first.out(), first.out().contains("16 created, 0 unchanged"));
    }

    /** Time as the runs' waits let it pass: nobody waits for it. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-11-26T09:00:00Z"));
    private final List<java.time.Duration> waits = java.util.Collections.synchronizedList(new ArrayList<>());

    private CliRun createWaitingOnTheTestClock(String... more) {
        RestConnections rest = new RestConnections();
        Connections connections = new Connections() {
            @Override
            public io.chaosday.tracker.IssueTracker jira(JiraOptions options, Map<String, String> environment) {
                return rest.jira(options, environment);
            }

            @Override
            public io.chaosday.tracker.Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
                return rest.confluence(options, environment);
            }

            @Override
            public io.chaosday.workflow.Pause pause() {
                return duration -> {
                    waits.add(duration);
                    now.updateAndGet(t -> t.plus(duration));
                };
            }
        };
        List<String> args = new java.util.ArrayList<>(List.of("create", "--chaos-day", "2027-03-10",
                "--teams", "2", "--jira", jira.base().toString(), "--project", "CHAOS"));
        args.addAll(List.of(more));
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "search-token"), connections, args.toArray(String[]::new));
    }

    private java.time.Duration waited() {
        return waits.stream().reduce(java.time.Duration.ZERO, java.time.Duration::plus);
    }

    @Test
    public void anIndexLaggingThreeSecondsIsWaitedOutSoASecondRunRightAfterDuplicatesNothing() {
        jira.lagIndexBy(java.time.Duration.ofSeconds(3), now::get);

        CliRun first = createWaitingOnTheTestClock();

        assertEquals(first.out() + first.err(), 0, first.exit());
        assertTrue(first.out(), first.out().contains("16 created, 0 unchanged"));
        assertFalse(first.err(), first.err().contains("warning"));
        assertTrue("waited " + waits, waited().compareTo(java.time.Duration.ofSeconds(3)) >= 0);

        CliRun second = createWaitingOnTheTestClock(); // right after: the clock has not moved

        assertEquals(second.out() + second.err(), 0, second.exit());
        assertTrue(second.out(), second.out().contains("0 created, 16 unchanged"));
        assertEquals("nothing created twice", 16, jira.issueCount());
    }

    @Test
    public void anIndexLaggingLongerThanTheWaitIsReportedAfterABoundedWait() {
        jira.lagIndexBy(java.time.Duration.ofMinutes(5), now::get);

        CliRun first = createWaitingOnTheTestClock();

        assertEquals(first.out() + first.err(), 0, first.exit());
        assertTrue(first.out(), first.out().contains("16 created, 0 unchanged"));
        assertTrue(first.err(), first.err().contains("warning: Jira's search does not show every issue made yet"));
        assertEquals("the wait is bounded: " + waits, java.time.Duration.ofMillis(7_500), waited());
    }

    @Test
    public void anIndexLaggingLongerThanTheWaitIsAWarningInTheJsonDocumentToo() throws Exception {
        jira.lagIndexBy(java.time.Duration.ofMinutes(5), now::get);

        CliRun first = createWaitingOnTheTestClock("--format", "json");

        assertEquals(first.out() + first.err(), 0, first.exit());
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.out());
        assertEquals(first.out(), List.of(CreateCommand.INDEX_BEHIND), java.util.stream.StreamSupport
                .stream(document.path("warnings").spliterator(), false).map(com.fasterxml.jackson.databind.JsonNode::asText).toList());
        assertTrue(first.err(), first.err().contains("warning: Jira's search does not show every issue made yet"));
    }

    @Test
    public void aCreateWhoseAnswerWasLostReportsTheIssuesItMadeAsCreated() {
        jira.failNext("POST /rest/api/2/issue/bulk", Fault.DROP_AFTER_WRITE);

        CliRun first = create();

        assertEquals(first.out() + first.err(), 0, first.exit());
        assertEquals(16, jira.issueCount());
        assertTrue(first.out(), first.out().contains("16 created, 0 unchanged"));
        assertEquals(0, jira.faultsLeft());
    }

    @Test
    public void aSearchThatMissesAChaosDayTheSecondLookSeesCreatesNothing() {
        assertEquals(0, create().exit());
        // Every read misses everything and every count sees it all: a node that lags for the whole run.
        for (int i = 0; i < 10; i++) {
            jira.hideNextSearch();
        }

        CliRun again = create();

        assertEquals(again.out() + again.err(), 1, again.exit());
        assertTrue(again.err(), again.err().contains("found 0 issues of the Chaos Day and, a moment later, 16"));
        assertEquals("nothing created twice", 16, jira.issueCount());
    }
}
