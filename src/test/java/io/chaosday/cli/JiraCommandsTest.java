package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.workflow.FakeIssueTracker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class JiraCommandsTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");

    private CliRun run(String... args) {
        return CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), args);
    }

    private CliRun create(String... more) {
        String[] base = {"create", "--jira", "https://jira.example", "--project", "CHAOS", "--chaos-day", "2027-03-10",
            "--teams", "2"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    public void createTwiceCreatesNothingTheSecondTime() {
        CliRun first = create();
        assertEquals(first.err(), 0, first.exit());
        assertTrue(first.out(), first.out().endsWith("16 created, 0 unchanged" + System.lineSeparator()));
        assertTrue(first.out(), first.out().contains("https://jira.example/browse/CHAOS-1"));
        CliRun second = create();
        assertTrue(second.out(), second.out().endsWith("0 created, 16 unchanged" + System.lineSeparator()));
        assertEquals(16, jira.issues.size());
    }

    @Test
    public void dryRunCreatesNothing() {
        CliRun run = create("--dry-run");
        assertEquals(0, run.exit());
        assertTrue(run.out(), run.out().contains("16 to create, 0 already there (dry run: nothing changed)"));
        assertTrue(jira.issues.isEmpty());
    }

    @Test
    public void unknownProjectWithoutANameIsBadInput() {
        CliRun run = run("create", "--jira", "https://jira.example", "--project", "NOPE", "--chaos-day", "2027-03-10");
        assertEquals(2, run.exit());
        assertEquals("create: project NOPE does not exist; give --project-name to create it, or check the key"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void rescheduleMovesOpenTicketsAndReadsTheTeamsBackFromJira() {
        create();
        jira.markDone("scope");
        CliRun run = run("reschedule", "--jira", "https://jira.example", "--project", "CHAOS", "--chaos-day", "2027-03-17");
        assertEquals(run.err(), 0, run.exit());
        assertTrue(run.out(), run.out().contains("2027-03-10 -> 2027-03-17  Run the Chaos Day"));
        assertTrue(run.out(), run.out().contains("15 moved, 0 already on their date, 1 done and left alone"));
        assertEquals(Optional.of(LocalDate.parse("2027-03-17")), jira.byItem("chaos-day").due());
        assertEquals(Optional.of(LocalDate.parse("2027-03-03")), jira.byItem("shortlist").due());
    }

    @Test
    public void statusShowsProgressAndOverdueTickets() {
        create();
        jira.markDone("scope");
        CliRun run = CliRun.of(java.time.Clock.fixed(java.time.Instant.parse("2027-02-24T12:00:00Z"), java.time.ZoneOffset.UTC),
                Map.of(), CliRun.connections(jira, null), "status", "--jira", "https://jira.example", "--project", "CHAOS");
        assertEquals(run.err(), 0, run.exit());
        assertTrue(run.out(), run.out().contains("plan      1/7"));
        assertTrue(run.out(), run.out().contains("in 14 days"));
        assertTrue(run.out(), run.out().contains("Overdue (3):"));
        CliRun json = CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, null), "status", "--jira", "https://jira.example",
                "--project", "CHAOS", "--format", "json");
        assertTrue(json.out(), json.out().contains("\"currentPhase\" : \"plan\""));
    }

    @Test
    public void aProjectKeyThatCannotBeOneIsBadInput() {
        CliRun run = run("status", "--jira", "https://jira.example", "--project", "9 lives");
        assertEquals(2, run.exit());
        assertTrue(run.err(), run.err().contains("is not a Jira project key"));
    }

    @Test
    public void aJiraAddressThatIsNotOneIsBadInput() {
        CliRun run = run("status", "--jira", "jira.example", "--project", "CHAOS");
        assertEquals(2, run.exit());
        assertEquals("status: --jira 'jira.example' is not a web address; give it as https://host[/context]"
                + System.lineSeparator(), run.err());
    }

    @Test
    public void reschedulingCloseToTheDayMovesOpenTicketsIntoThePastAndSaysWhich() {
        create();
        jira.markDone("scope");
        java.time.Clock march = java.time.Clock.fixed(java.time.Instant.parse("2027-03-01T09:00:00Z"), java.time.ZoneOffset.UTC);
        CliRun run = CliRun.of(march, Map.of(), CliRun.connections(jira, null), "reschedule", "--jira", "https://jira.example",
                "--project", "CHAOS", "--chaos-day", "2027-03-08");
        assertEquals(run.err(), 0, run.exit());
        assertTrue(run.out(), run.out().contains("open tickets are now overdue: "));
        assertTrue(run.out(), run.out().contains("1 done and left alone"));
    }
}
