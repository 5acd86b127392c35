package io.chaosday.cli;

import io.chaosday.workflow.FakeIssueTracker;
import org.junit.Before;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The status table shows its states in colour on a terminal that shows colour, and plain everywhere else. */
public class StatusColourTest {

    private static final Clock FEB_24 = Clock.fixed(Instant.parse("2027-02-24T09:00:00Z"), ZoneOffset.UTC);

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final Map<String, String> env = Map.of("JIRA_URL", "https://jira.example", "JIRA_PROJECT", "CHAOS");
    private final StringWriter screen = new StringWriter();
    private final StringWriter stdoutAsItIs = new StringWriter();

    @Before
    public void createAChaosDay() {
        assertEquals(0, CliRun.of(CliRun.NOV_2026, env, CliRun.connections(jira, null),
                "create", "--chaos-day", "2027-03-10", "--teams", "2").exit());
    }

    @Test
    public void onAColourTerminalOverdueIsRedAndUnfinishedPhasesYellow() {
        String shown = status(FEB_24, Terminal.of(true, Map.of(), screen).withStdout(stdoutAsItIs));

        assertTrue(shown, shown.contains(Terminal.RED + "Overdue ("));
        assertTrue(shown, shown.contains(Terminal.YELLOW + "0/"));
        assertTrue(shown, shown.contains("PHASE     DONE       DUE"));
    }

    @Test
    public void nothingOverdueIsGreen() {
        String shown = status(CliRun.NOV_2026, Terminal.of(true, Map.of(), screen).withStdout(stdoutAsItIs));

        assertTrue(shown, shown.contains(Terminal.GREEN + "Nothing is overdue." + Terminal.RESET));
    }

    @Test
    public void aSummaryCarryingAnEscapeSequenceIsShownInertEvenInColour() {
        jira.edit("scope", "Scope \u001b[2J agreed", "alice", java.time.LocalDate.parse("2027-02-16"));

        String shown = status(FEB_24, Terminal.of(true, Map.of(), screen).withStdout(stdoutAsItIs));

        assertTrue(shown, shown.contains("Scope ?[2J agreed"));
        assertFalse(shown, shown.contains("\u001b[2J"));
    }

    @Test
    public void noColourADumbTerminalOrNoTerminalGetPlainText() {
        for (Terminal terminal : new Terminal[] {Terminal.of(true, Map.of("NO_COLOR", "1"), screen).withStdout(stdoutAsItIs),
                Terminal.of(true, Map.of("TERM", "dumb"), screen).withStdout(stdoutAsItIs),
                Terminal.of(false, Map.of(), screen).withStdout(stdoutAsItIs)}) {
            String shown = status(FEB_24, terminal);

            assertTrue(shown, shown.contains("Overdue ("));
            assertFalse(shown, shown.contains("\u001b"));
            assertEquals("", stdoutAsItIs.toString());
        }
    }

    /** What reached stdout, through the safe writer or as it is, in the order it was written. */
    private String status(Clock clock, Terminal terminal) {
        StringWriter out = new StringWriter();
        PrintWriter safeOut = new PrintWriter(new TerminalText.SafeWriter(out), true);
        int exit = ChaosDayCli.execute(clock, env, CliRun.connections(jira, null), Path.of(""), safeOut,
                new PrintWriter(new StringWriter(), true), terminal, "status");
        safeOut.flush();
        assertEquals(out + stdoutAsItIs.toString(), 0, exit);
        return stdoutAsItIs + out.toString();
    }
}
