package io.chaosday.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.review.Experiment;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.runlog.LogEntry;
import io.chaosday.workflow.runlog.RunLog;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The OpenAPI document's {@code Day}: every experiment of the Chaos Day with where its run stands,
 * its log in the Chaos Day's time zone, what to put back while it runs, and whether the reader may
 * write its log; and {@code LogResult}, the same after an entry was written.
 */
final class DayAnswer {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DayAnswer() {
    }

    /**
     * @param logs     each experiment's log, as {@link DayLog#logs} reads them
     * @param mayWrite whether the reader may write an experiment's log
     * @param browse   an issue's address in Jira
     */
    static ObjectNode of(String name, ZoneId zone, Map<TrackedIssue, RunLog> logs, Instant now, Predicate<TrackedIssue> mayWrite,
            Function<String, URI> browse) {
        ObjectNode root = AnswerJson.MAPPER.createObjectNode().put("name", name).put("zone", zone.getId());
        ArrayNode experiments = root.putArray("experiments");
        logs.forEach((issue, log) -> {
            java.util.Optional<Experiment> read = ExperimentCard.fromIssue(issue);
            if (read.isEmpty()) {
                return; // a ticket labelled as an experiment without its card: nothing to run
            }
            Experiment card = read.get();
            RunLog.State state = log.state();
            ObjectNode e = experiments.addObject().put("key", issue.key()).put("url", browse.apply(issue.key()).toString())
                    .put("title", card.title()).put("owner", card.owner()).put("team", card.team())
                    .put("environment", card.environment().strip())
                    .put("isolation", card.isolation().name().toLowerCase(Locale.ROOT))
                    .put("state", state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("mayWrite", mayWrite.test(issue));
            log.start().ifPresent(start -> e.put("since", clock(start.at(), zone)));
            log.ranFor(now).ifPresent(ran -> e.put("minutes", ran.toMinutes()));
            if (state == RunLog.State.RUNNING && !card.putBack().isBlank()) {
                e.put("putBack", card.putBack().strip());
            }
            log.haltReason().ifPresent(reason -> e.put("haltReason", reason));
            ArrayNode entries = e.putArray("entries");
            for (LogEntry entry : log.entries()) {
                ObjectNode n = entries.addObject().put("kind", entry.kind().key()).put("at", entry.at().toString())
                        .put("time", clock(entry.at(), zone)).put("text", entry.text());
                entry.author().ifPresent(author -> n.put("author", author));
            }
        });
        return root;
    }

    /** What a write did, and the day as it stands after it. */
    static ObjectNode written(DayLog.Written written, ZoneId zone, ObjectNode day) {
        ObjectNode root = AnswerJson.MAPPER.createObjectNode();
        ObjectNode w = root.putObject("written").put("key", written.experiment().key())
                .put("kind", written.entry().kind().key()).put("time", clock(written.entry().at(), zone))
                .put("alreadyThere", written.alreadyThere());
        ArrayNode overridden = w.putArray("overridden");
        written.overridden().forEach(overridden::add);
        root.set("day", day);
        return root;
    }

    private static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }
}
