package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.stub.LocalJira;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Summaries and labels over Jira's 255 characters are refused before the first issue is written. */
public class JiraLengthLimitsTest {

    private LocalJira jira;

    @Before
    public void start() throws Exception {
        jira = new LocalJira(0);
    }

    @After
    public void stop() {
        jira.close();
    }

    @Test
    public void aFourHundredCharacterTeamNameIsRefusedWithNothingCreated() {
        CliRun run = run("create", "--chaos-day", "2027-03-10", "--team", "T".repeat(400), "--team", "B", "--project-name", "Chaos");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("characters, more than the 255 Jira allows"));
        assertTrue(run.err(), run.err().contains("shorten the team name"));
        assertEquals(0, jira.issueCount());
    }

    @Test
    public void aTeamNameWhoseLabelGrowsPastTheLimitIsRefusedByItsLabel() {
        // 60 characters, but each space and accent is spelled out in the identity label.
        CliRun run = run("create", "--chaos-day", "2027-03-10", "--team", "\u00e9 ".repeat(30), "--team", "B", "--project-name", "Chaos");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("the label of the issue for"));
        assertEquals(0, jira.issueCount());
    }

    @Test
    public void aLongExperimentTitleIsRefusedBeforeItIsAdded() {
        CliRun created = run("create", "--chaos-day", "2027-03-10", "--teams", "1", "--project-name", "Chaos");
        assertEquals(created.err(), 0, created.exit());
        int before = jira.issueCount();

        CliRun run = run("experiments", "add", "--title", "x".repeat(300), "--rollback", "undo", "--owner", "Alice");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("the summary of the issue for"));
        assertEquals(before, jira.issueCount());
    }

    @Test
    public void theCsvForJirasImporterRefusesALongSummaryAsCreateDoesAndPrintsNoRow() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--team", "T".repeat(400), "--team", "B", "--format", "csv");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("the summary of the issue for"));
        assertTrue(run.err(), run.err().contains("characters, more than the 255 Jira allows"));
        assertEquals("", run.out());
    }

    @Test
    public void noCsvFileIsWrittenForAPlanJiraWouldRefuse() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chaosday-out");
        try {
            CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--team", "T".repeat(400), "--team", "B", "--out", dir.toString());

            assertEquals(run.err(), 2, run.exit());
            try (var files = java.nio.file.Files.list(dir)) {
                assertEquals("nothing half-written", List.of(), files.toList());
            }
        } finally {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    public void anOrdinaryPlanStillBecomesTheCsv() {
        CliRun run = CliRun.of("plan", "--chaos-day", "2027-03-10", "--team", "T", "--format", "csv");
        assertEquals(run.err(), 0, run.exit());
        assertTrue(run.out().startsWith("Issue Id,"));
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--jira", jira.base().toString(), "--project", "CHAOS"}, 0, all, args.length, 4);
        return CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "t"),
                new RestConnections(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), all);
    }
}
