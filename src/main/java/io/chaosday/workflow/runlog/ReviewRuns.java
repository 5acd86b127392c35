package io.chaosday.workflow.runlog;

import io.chaosday.review.ExperimentRun;
import io.chaosday.review.IssueKey;
import io.chaosday.review.RunEntry;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The run logs of a Chaos Day's experiments, as their reviews show them. Reads only. */
public final class ReviewRuns {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ReviewRuns() {
    }

    /** Each experiment's run, by its issue key, for the experiments whose log has any entry; read at once. */
    public static Map<String, ExperimentRun> read(IssueTracker tracker, List<TrackedIssue> experiments) {
        List<Supplier<RunLog>> reads = experiments.stream()
                .<Supplier<RunLog>>map(e -> () -> RunLog.of(tracker.comments(e.key()))).toList();
        List<RunLog> logs = tracker.atOnce(reads);
        Map<String, ExperimentRun> runs = new LinkedHashMap<>();
        for (int i = 0; i < experiments.size(); i++) {
            if (!logs.get(i).entries().isEmpty()) {
                runs.put(experiments.get(i).key(), of(experiments.get(i).key(), logs.get(i)));
            }
        }
        return runs;
    }

    public static ExperimentRun of(String issueKey, RunLog log) {
        List<RunEntry> entries = log.entries().stream()
                .map(e -> new RunEntry(CLOCK.format(e.at().atZone(e.zone())), e.kind().key(), e.author().orElse(""), e.text()))
                .toList();
        return new ExperimentRun(IssueKey.of(issueKey), entries, log.timeToDetect(), log.timeToRecover(),
                log.start().isPresent(), log.haltReason());
    }
}
