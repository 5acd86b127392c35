package io.chaosday.cli;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.review.Isolation;
import io.chaosday.workflow.ChaosDayStatus;
import io.chaosday.workflow.day.DayBoard;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * The improvement line and the on-the-day lines of {@code status} show their states in colour on a
 * terminal that shows colour, as the phase lines do, and plain everywhere else.
 */
public class StatusLinesColourTest {

    private static final Terminal COLOUR = Terminal.of(true, Map.of(), new StringWriter()).withStdout(new StringWriter());

    private static final List<Terminal> PLAIN = List.of(
            Terminal.of(true, Map.of("NO_COLOR", "1"), new StringWriter()).withStdout(new StringWriter()),
            Terminal.of(true, Map.of("TERM", "dumb"), new StringWriter()).withStdout(new StringWriter()),
            Terminal.of(false, Map.of(), new StringWriter()).withStdout(new StringWriter()));

    private static ChaosDayStatus.Report report(int done, int total) {
        return new ChaosDayStatus.Report("spring", "Spring Chaos Day", Optional.of(LocalDate.parse("2027-03-10")),
                Optional.of(0L), Optional.empty(), List.of(), new ChaosDayStatus.Improvements(done, total), List.of(), List.of());
    }

    private static DayBoard board(int halted) {
        return new DayBoard(ZoneId.of("Europe/Berlin"), List.of(new DayBoard.Running("CHAOS-7", "Payments loses its database",
                Instant.parse("2027-03-10T09:02:00Z"), Duration.ofMinutes(58), "staging", Isolation.ISOLATED, "start it again")),
                2, halted, 1);
    }

    @Test
    public void openImprovementTicketsAreYellowAndAllDoneGreen() {
        assertTrue(StatusTable.render(report(1, 3), COLOUR).contains(
                "Improvement tickets: " + Terminal.YELLOW + "1/3 done" + Terminal.RESET + "\n"));
        assertTrue(StatusTable.render(report(3, 3), COLOUR).contains(
                "Improvement tickets: " + Terminal.GREEN + "3/3 done" + Terminal.RESET + "\n"));
    }

    @Test
    public void onTheDayARunningExperimentIsYellowAHaltRedAndStoppedOnesGreen() {
        String shown = DayBoardText.table(board(1), COLOUR);

        assertTrue(shown, shown.contains("\n" + Terminal.YELLOW + "RUNNING" + Terminal.RESET + "  CHAOS-7  Payments loses"));
        assertTrue(shown, shown.contains(Terminal.YELLOW + "1 running" + Terminal.RESET + ", "
                + Terminal.GREEN + "2 stopped" + Terminal.RESET + ", " + Terminal.RED + "1 halted" + Terminal.RESET
                + ", 1 not started\n"));
    }

    @Test
    public void noHaltIsNotPaintedRed() {
        String shown = DayBoardText.table(board(0), COLOUR);

        assertTrue(shown, shown.contains(", 0 halted, 1 not started\n"));
        assertFalse(shown, shown.contains(Terminal.RED));
    }

    @Test
    public void aTitleCarryingAnEscapeSequenceIsShownInertEvenInColour() {
        DayBoard board = new DayBoard(ZoneId.of("UTC"), List.of(new DayBoard.Running("CHAOS-7", "Cache \u001b[2J gone",
                Instant.parse("2027-03-10T09:02:00Z"), Duration.ofMinutes(5), "stag\u001b[31ming", Isolation.ISOLATED,
                "put \u001b]0;x\u0007 back")), 0, 0, 0);

        String shown = DayBoardText.table(board, COLOUR);

        assertTrue(shown, shown.contains("Cache ?[2J gone"));
        String withoutOurColours = shown.replace(Terminal.YELLOW, "").replace(Terminal.RESET, "");
        assertFalse(withoutOurColours, withoutOurColours.contains("\u001b"));
        assertTrue(shown, shown.contains("in stag?[31ming") && shown.contains("put ?]0;x? back"));
    }

    @Test
    public void noColourADumbTerminalOrNoTerminalGetThePlainLines() {
        for (Terminal terminal : PLAIN) {
            String improvements = StatusTable.render(report(1, 3), terminal);
            String day = DayBoardText.table(board(1), terminal);

            assertTrue(improvements, improvements.contains("\nImprovement tickets: 1/3 done\n"));
            assertTrue(day, day.contains("\nRUNNING  CHAOS-7  Payments loses its database  since 10:02 (58 min)"));
            assertTrue(day, day.contains("\n1 running, 2 stopped, 1 halted, 1 not started\n"));
            assertFalse(improvements + day, (improvements + day).contains("\u001b"));
        }
    }
}
