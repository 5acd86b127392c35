package io.chaosday.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.review.RunFigures;
import io.chaosday.workflow.day.DayBoard;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The "On the day" part of {@code status}: what is running, for how long, and what to put back; on a
 * terminal that shows colour, running experiments yellow, stopped ones green, halted ones red.
 */
final class DayBoardText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DayBoardText() {
    }

    /** Every value from Jira or a user is made safe here, as the painted text may bypass the safe writer. */
    static String table(DayBoard board, Terminal terminal) {
        StringBuilder out = new StringBuilder("\nOn the day (" + board.zone().getId() + ")\n");
        for (DayBoard.Running r : board.running()) {
            out.append(terminal.paintStdout(Terminal.YELLOW, "RUNNING")).append("  ").append(TerminalText.safe(r.issueKey()))
                    .append("  ").append(TerminalText.safe(r.title())).append("  since ")
                    .append(CLOCK.format(r.since().atZone(board.zone()))).append(" (").append(RunFigures.words(r.ranFor())).append(")");
            if (!r.environment().isEmpty()) {
                out.append("  in ").append(TerminalText.safe(r.environment())).append(", ")
                        .append(r.isolation().label().toLowerCase(Locale.ROOT));
            }
            out.append('\n');
            if (!r.putBack().isBlank()) {
                out.append("         to put back: ").append(TerminalText.safe(r.putBack().strip())).append('\n');
            }
        }
        out.append(count(terminal, Terminal.YELLOW, board.running().size(), "running")).append(", ")
                .append(count(terminal, Terminal.GREEN, board.stopped(), "stopped")).append(", ")
                .append(count(terminal, Terminal.RED, board.halted(), "halted")).append(", ")
                .append(board.notStarted()).append(" not started\n");
        return out.toString();
    }

    /** "2 halted", painted only when there are some: "0 halted" is no news. */
    private static String count(Terminal terminal, String colourCode, int count, String state) {
        String text = count + " " + state;
        return count == 0 ? text : terminal.paintStdout(colourCode, text);
    }

    static void json(ObjectNode root, DayBoard board) {
        ObjectNode day = root.putObject("onTheDay").put("timeZone", board.zone().getId());
        ArrayNode running = day.putArray("running");
        for (DayBoard.Running r : board.running()) {
            running.addObject().put("key", r.issueKey()).put("title", r.title()).put("since", r.since().toString())
                    .put("minutes", r.ranFor().toMinutes()).put("environment", r.environment())
                    .put("isolation", r.isolation().name().toLowerCase(Locale.ROOT)).put("putBack", r.putBack());
        }
        day.put("stopped", board.stopped()).put("halted", board.halted()).put("notStarted", board.notStarted());
    }
}
