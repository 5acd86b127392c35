package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.http.Credentials;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.TrackedIssue;
import java.util.Optional;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.workflow.PlannedIssue;
import io.chaosday.workflow.PlannedIssues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN), new RestConnections(), all);
        assertFalse("the token never shows", (run.out() + run.err()).contains(TOKEN));
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
    public void aChaosDayMadeForTwoTeamsAndMovedWithFourHoldsExactlyTheFourTeamPlan() {
        CliRun first = run("create", "--chaos-day", "2027-03-10", "--teams", "2");
        assertEquals(first.err(), 0, first.exit());
        String doneKey = jira.allIssues().stream().filter(i -> i.path("fields").path("summary").asText().contains("Team 1"))
                .map(i -> i.path("key").asText()).findFirst().orElseThrow();
        String doneDue = jira.issue(doneKey).path("fields").path("duedate").asText();
        jira.markDone(doneKey);

        CliRun preview = run("reschedule", "--chaos-day", "2027-03-17", "--teams", "4", "--dry-run");
        assertEquals(preview.err(), 0, preview.exit());
        assertTrue(preview.out(), preview.out().contains("would create") && preview.out().contains("Team 4"));
        assertEquals("a dry run creates nothing", 16, jira.issueCount());

        CliRun moved = run("reschedule", "--chaos-day", "2027-03-17", "--teams", "4");
        assertEquals(moved.err(), 0, moved.exit());
        assertTrue(moved.out(), moved.out().contains("4 created, "));
        CliRun again = run("reschedule", "--chaos-day", "2027-03-17", "--teams", "4");
        assertTrue(again.out(), again.out().contains("0 created, 0 moved"));

        ChaosDayDefinition four = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-17"), 1,
                ChaosDaySpec.numberedTeams(4), WorkingCalendar.mondayToFriday()));
        List<PlannedIssue> planned = PlannedIssues.of(four, ChaosDayId.fromName("Chaos Day"));
        List<TrackedIssue> held = JiraRestTracker.connect(RestClient.builder(jira.base(), new Credentials.Bearer(TOKEN, "test")).build())
                .findIssues("CHAOS", ChaosDayId.fromName("Chaos Day").label());
        Map<String, TrackedIssue> byItem = new HashMap<>();
        for (TrackedIssue issue : held) {
            String item = issue.identity().orElseThrow().item().key();
            assertTrue("no ticket twice: " + item, byItem.put(item, issue) == null);
        }
        assertEquals(planned.stream().map(p -> p.identity().item().key()).collect(Collectors.toSet()), byItem.keySet());
        for (PlannedIssue p : planned) {
            TrackedIssue issue = byItem.get(p.identity().item().key());
            String planDue = issue.key().equals(doneKey) ? doneDue : p.due().toString();
            assertEquals(p.identity().item().key(), Optional.of(LocalDate.parse(planDue)), issue.due());
        }
        assertEquals("the done ticket keeps its date", doneDue, jira.issue(doneKey).path("fields").path("duedate").asText());
    }

    @Test
    public void aMissingTokenIsBadInputThatSaysWhatToSet() {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), new RestConnections(),
                "status", "--jira", jira.base().toString(), "--project", "CHAOS");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("set JIRA_TOKEN"));
    }

    @Test
    public void aSiteThatIsNotJiraSaysSo() throws Exception {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", TOKEN), new RestConnections(),
                "status", "--jira", jira.base() + NOT_JIRA, "--project", "CHAOS");
        assertEquals(1, run.exit());
        assertEquals(1, run.err().lines().count());
        assertTrue(run.err(), run.err().contains("does not look like Jira") || run.err().contains("not Jira"));
    }

    @Test
    public void aWarningAboutTheTokenFileIsPrintedOnceOnTheCommandsErrorStream() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("token", ".txt");
        try {
            java.nio.file.Files.writeString(file, TOKEN + "\n");
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), new RestConnections(), "create", "--chaos-day", "2027-03-10",
                    "--jira", jira.base().toString(), "--project", "CHAOS", "--token-file", file.toString(), "--dry-run");
            assertEquals(run.err(), 0, run.exit());
            assertEquals(run.err(), 1, run.err().lines().filter(l -> l.contains("other users can read the token file")).count());
            assertTrue(run.err(), run.err().contains("warning: other users can read the token file " + file + "; chmod 600 it"));
            assertFalse(run.err(), run.err().contains("warning: warning:"));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
