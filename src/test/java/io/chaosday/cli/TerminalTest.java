package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.Test;

/** On a terminal, one progress line redrawn in place, in colour unless NO_COLOR; plain lines elsewhere. */
public class TerminalTest {

    private final StringWriter screen = new StringWriter();

    /** Runs five steps of progress and a warning through stderr as {@link Main} wires it. */
    private String fiveStepsThenAWarning(Terminal terminal) {
        PrintWriter err = new PrintWriter(new TerminalText.SafeWriter(terminal.endingProgressBefore(screen)), true);
        StderrProgress progress = new StderrProgress(err, terminal);
        for (int done = 1; done <= 5; done++) {
            progress.update("Moving due dates", done, 5);
        }
        progress.update("Checking", 1, 2);
        err.println("warning: something to read");
        err.flush();
        return screen.toString();
    }

    @Test
    public void onATerminalOneLineIsRedrawnInPlaceAndInColour() {
        String shown = fiveStepsThenAWarning(Terminal.of(true, Map.of(), screen));

        assertEquals("the finished line and the interrupted one end; the warning has its own",
                3, shown.chars().filter(c -> c == '\n').count());
        assertEquals(6, shown.chars().filter(c -> c == '\r').count());
        assertTrue(shown, shown.contains("\r" + Terminal.CYAN + "  Moving due dates (5/5)" + Terminal.RESET + "\u001b[K\n"));
        assertTrue(shown, shown.endsWith("(1/2)" + Terminal.RESET + "\u001b[K\nwarning: something to read\n"));
    }

    @Test
    public void noColourKeepsTheLineInPlaceWithoutColour() {
        String shown = fiveStepsThenAWarning(Terminal.of(true, Map.of("NO_COLOR", "1"), screen));

        assertFalse(shown, shown.contains(Terminal.CYAN) || shown.contains(Terminal.RESET));
        assertTrue(shown, shown.contains("\r  Moving due dates (3/5)\u001b[K\r  Moving due dates (4/5)"));
    }

    @Test
    public void notATerminalOrADumbOneGetsPlainLines() {
        assertSame(Terminal.PLAIN, Terminal.of(false, Map.of(), screen));
        assertSame(Terminal.PLAIN, Terminal.of(true, Map.of("TERM", "dumb"), screen));

        String shown = fiveStepsThenAWarning(Terminal.PLAIN);

        assertFalse(shown, shown.contains("\r") || shown.contains("\u001b"));
        assertEquals("  Moving due dates (1/5)\n", shown.lines().findFirst().orElseThrow() + "\n");
        assertTrue(shown, shown.endsWith("  Moving due dates (5/5)\n  Checking (1/2)\nwarning: something to read\n"));
    }

    @Test
    public void controlCharactersInTheTextAreShownInert() {
        Terminal terminal = Terminal.of(true, Map.of("NO_COLOR", "yes"), screen);
        new StderrProgress(new PrintWriter(screen), terminal).update("Publishing \u001b]0;owned\u0007 pages", 1, 1);

        assertEquals("\r  Publishing ?]0;owned? pages (1/1)\u001b[K\n", screen.toString());
    }
}
