package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.stub.LocalJira;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Names from the user and from Jira reach the terminal as text: escape sequences, bells and bidi
 * overrides are shown as '?', never acted on. Runs through {@link Main#run}, as the tool does.
 */
public class HostileTextTest {

    private static final String OSC_TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR_SCREEN = "\u001b[2J";
    private static final String BIDI_OVERRIDE = "\u202e";

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
    public void planPrintsHostileNamesAsInertText() {
        Printed plan = run("plan", "--chaos-day", "2027-03-10", "--team", "Red" + OSC_TITLE, "--name", "Chaos" + CLEAR_SCREEN);

        assertEquals(plan.err, 0, plan.exit);
        assertInert(plan);
        assertTrue(plan.out, plan.out.startsWith("Chaos?[2J: 2027-03-10"));
    }

    @Test
    public void statusAndRescheduleShowJiraSummariesAsInertText() {
        Printed created = run("create", "--chaos-day", "2027-03-10", "--team", "Blue" + BIDI_OVERRIDE, "--jira",
                jira.base().toString(), "--project", "CHAOS");
        assertEquals(created.err, 0, created.exit);
        assertInert(created);
        for (ObjectNode issue : jira.allIssues()) {
            ObjectNode fields = (ObjectNode) issue.path("fields");
            fields.put("summary", fields.path("summary").asText() + CLEAR_SCREEN + OSC_TITLE);
        }

        Printed status = run("status", "--jira", jira.base().toString(), "--project", "CHAOS");
        Printed moved = run("reschedule", "--chaos-day", "2027-03-17", "--jira", jira.base().toString(), "--project", "CHAOS");

        assertEquals(status.err, 0, status.exit);
        assertInert(status);
        assertEquals(moved.err, 0, moved.exit);
        assertInert(moved);
    }

    @Test
    public void errorMessagesQuotingTheInputAreInertToo() {
        Printed bad = run("plan", "--chaos-day", "2027-03-10" + OSC_TITLE);

        assertEquals(2, bad.exit);
        assertInert(bad);
        assertTrue(bad.err, bad.err.contains("is not a date"));
    }

    @Test
    public void lineEndsOfCsvAndCalendarOutputSurvive() {
        Printed ics = run("plan", "--chaos-day", "2027-03-10", "--format", "ics");

        assertTrue(ics.out, ics.out.startsWith("BEGIN:VCALENDAR\r\n"));
    }

    private static void assertInert(Printed printed) {
        for (String text : new String[] {printed.out, printed.err}) {
            assertFalse(text, text.chars().anyMatch(c -> c != '\n' && c != '\r' && TerminalText.isControl((char) c)));
        }
    }

    private static Printed run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(CliRun.NOV_2026, Map.of("JIRA_TOKEN", "t"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Printed(int exit, String out, String err) {
    }
}
