package io.chaosday.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.review.RunFigures;
import io.chaosday.workflow.day.DayBoard;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The "On the day" part of {@code status}: what is running, for how long, and what to put back. */
final class DayBoardText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DayBoardText() {
    }

    static String table(DayBoard board) {
        StringBuilder out = new StringBuilder("\nOn the day (" + board.zone().getId() + ")\n");
        for (DayBoard.Running r : board.running()) {
            out.append("RUNNING  ").append(r.issueKey()).append("  ").append(r.title()).append("  since ")
                    .append(CLOCK.format(r.since().atZone(board.zone()))).append(" (").append(RunFigures.words(r.ranFor())).append(")");
            if (!r.environment().isEmpty()) {
                out.append("  in ").append(r.environment()).append(", ").append(r.isolation().label().toLowerCase(Locale.ROOT));
            }
            out.append('\n');
            if (!r.putBack().isBlank()) {
                out.append("         to put back: ").append(r.putBack().strip()).append('\n');
            }
        }
        out.append(board.running().size()).append(" running, ").append(board.stopped()).append(" stopped, ")
                .append(board.halted()).append(" halted, ").append(board.notStarted()).append(" not started\n");
        return out.toString();
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
