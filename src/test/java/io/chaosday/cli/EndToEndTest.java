package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import io.chaosday.rest.OpenApiContract;
import java.util.Arrays;
import java.util.Collection;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/** The command line against a Jira over HTTP on loopback: the whole stack, as a user runs it. */
@RunWith(Parameterized.class)
public class EndToEndTest {

    /** Against Jira as it answers, and against a Jira that answers only what its DC 10.3 document declares. */
    @Parameterized.Parameters(name = "{0}")
    public static Collection<LocalJira.Mode> modes() {
        return Arrays.asList(LocalJira.Mode.values());
    }

    @Parameterized.Parameter
    public LocalJira.Mode mode;

    private static final String NOT_JIRA = "/not-jira";
    private static final String TOKEN = "e2e-secret-token-5d41402abc4b2a76";

    private LocalJira jira;
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    @Before
    public void start() throws Exception {
        jira = new LocalJira(0, mode);
    }

    @After
    public void stop() {
        jira.close();
    }

    /** Checked after each test: what the command line sent and what the stub answered are what the document declares. */
    @After
    public void everyRequestAndAnswerFollowsTheContract() {
        // The not-Jira test asks under a path outside the API on purpose.
        OpenApiContract.jiraDataCenter().assertHonoured(jira.exchanges().stream()
                .filter(exchange -> !exchange.path().startsWith(NOT_JIRA)).toList());
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", jira.base().toString(), "--project", "CHAOS"}, 0, all, args.length, 4);
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN), new RestConnections(new PrintStream(warnings)), all);
        assertFalse("the token never shows", (run.out() + run.err() + warnings).contains(TOKEN));
        return run;
    }

    @Test
    public void createTwiceThenRescheduleAndStatus() {
        CliRun first = run("create", "--chaos-day", "2027-03-10", "--teams", "3");
        assertEquals(first.err(), 0, first.exit());
        assertTrue(first.out(), first.out().endsWith("18 created, 0 unchanged" + System.lineSeparator()));
        assertEquals(18, jira.issueCount());

        jira.resetCount();
        CliRun second = run("create", "--chaos-day", "2027-03-10", "--teams", "3");
        assertTrue(second.out(), second.out().endsWith("0 created, 18 unchanged" + System.lineSeparator()));
        assertEquals(18, jira.issueCount());
        assertTrue(jira.log().toString(), jira.log().stream().noneMatch(r -> r.startsWith("POST /rest/api/2/issue")));

        jira.markDone("CHAOS-5");
        CliRun moved = run("reschedule", "--chaos-day", "2027-03-17");
        assertEquals(moved.err(), 0, moved.exit());
        assertTrue(moved.out(), moved.out().contains("17 moved, 0 already on their date, 1 done and left alone"));
        assertEquals("2027-03-17", jira.issue("CHAOS-13").path("fields").path("duedate").asText());

        CliRun status = run("status", "--format", "json");
        assertEquals(status.err(), 0, status.exit());
        assertTrue(status.out(), status.out().contains("\"chaosDay\" : \"2027-03-17\""));
    }

    @Test
    public void aMissingTokenIsBadInputThatSaysWhatToSet() {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), new RestConnections(new PrintStream(warnings)),
                "status", "--jira", jira.base().toString(), "--project", "CHAOS");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("set JIRA_TOKEN"));
    }

    @Test
    public void aSiteThatIsNotJiraSaysSo() throws Exception {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN), new RestConnections(new PrintStream(warnings)),
                "status", "--jira", jira.base() + NOT_JIRA, "--project", "CHAOS");
        assertEquals(1, run.exit());
        assertEquals(1, run.err().lines().count());
        assertTrue(run.err(), run.err().contains("does not look like Jira") || run.err().contains("not Jira"));
    }
}
