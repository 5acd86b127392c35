package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.Test;

/** A malformed token is refused by the name of its source, and no part of it reaches the output. */
public class TokenNeverPrintedTest {

    private static final String SECRET = "SECRET-abc123";

    @Test
    public void aJiraTokenWithANewlineIsNamedNotPrinted() {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();

        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", SECRET + "\nX: y"),
                new RestConnections(new PrintStream(warnings, true, StandardCharsets.UTF_8)),
                "status", "--jira", "https://jira.example.com", "--project", "CHAOS");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("JIRA_TOKEN contains a control character"));
        assertFalse(run.err(), (run.out() + run.err() + warnings).contains(SECRET));
    }

    @Test
    public void aConfluenceTokenWithAnEscapeIsNamedNotPrinted() {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();

        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "fine", "CONFLUENCE_TOKEN", SECRET + "\u001b[2J"),
                new RestConnections(new PrintStream(warnings, true, StandardCharsets.UTF_8)),
                "publish", "--jira", "https://jira.example.com", "--project", "CHAOS",
                "--confluence", "https://wiki.example.com", "--space", "OPS");

        assertEquals(run.err(), 2, run.exit());
        assertTrue(run.err(), run.err().contains("CONFLUENCE_TOKEN contains a control character"));
        assertFalse(run.err(), (run.out() + run.err() + warnings).contains(SECRET));
    }
}
