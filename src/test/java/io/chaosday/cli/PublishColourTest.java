package io.chaosday.cli;

import io.chaosday.workflow.FakeIssueTracker;
import io.chaosday.workflow.FakeWiki;
import org.junit.Before;
import org.junit.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What publish did, page by page, in colour on a terminal that shows colour; plain elsewhere and beside JSON. */
public class PublishColourTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
    private final FakeWiki wiki = new FakeWiki();
    private final StringWriter stdoutAsItIs = new StringWriter();

    @Before
    public void createAChaosDay() {
        assertEquals(0, CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, wiki), "create", "--jira",
                "https://jira.example", "--project", "CHAOS", "--chaos-day", "2027-03-10").exit());
    }

    @Test
    public void createdPagesAreGreenAndUnchangedOnesPlain() {
        String first = publish(Terminal.of(true, Map.of(), new StringWriter()).withStdout(stdoutAsItIs));
        assertTrue(first, first.contains(Terminal.GREEN + "created"));

        stdoutAsItIs.getBuffer().setLength(0);
        String second = publish(Terminal.of(true, Map.of(), new StringWriter()).withStdout(stdoutAsItIs));
        assertTrue(second, second.contains("unchanged"));
        assertFalse(second, second.contains("\u001b"));
    }

    @Test
    public void noColourGetsPlainLines() {
        String shown = publish(Terminal.of(true, Map.of("NO_COLOR", "1"), new StringWriter()).withStdout(stdoutAsItIs));

        assertTrue(shown, shown.contains("created "));
        assertFalse(shown, shown.contains("\u001b"));
        assertEquals("", stdoutAsItIs.toString());
    }

    /** What reached stdout, through the safe writer or as it is. */
    private String publish(Terminal terminal) {
        StringWriter out = new StringWriter();
        PrintWriter safeOut = new PrintWriter(new TerminalText.SafeWriter(out), true);
        int exit = ChaosDayCli.execute(CliRun.NOV_2026, Map.of(), CliRun.connections(jira, wiki), Path.of(""), safeOut,
                new PrintWriter(new StringWriter(), true), terminal, "publish", "--jira", "https://jira.example",
                "--project", "CHAOS", "--confluence", "https://wiki.example", "--space", "CHAOS");
        safeOut.flush();
        assertEquals(out + stdoutAsItIs.toString(), 0, exit);
        return stdoutAsItIs + out.toString();
    }
}
