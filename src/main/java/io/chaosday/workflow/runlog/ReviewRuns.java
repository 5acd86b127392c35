package io.chaosday.workflow.runlog;

import io.chaosday.review.ExperimentRun;
import io.chaosday.review.IssueKey;
import io.chaosday.review.RunEntry;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run logs of a Chaos Day's experiments, as their reviews show them. Reads only. */
public final class ReviewRuns {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ReviewRuns() {
    }

    /** Each experiment's run, by its issue key, for the experiments whose log has any entry; the logs read in bulk. */
    public static Map<String, ExperimentRun> read(IssueTracker tracker, List<TrackedIssue> experiments) {
        Map<String, List<Comment>> comments = tracker.commentsOf(experiments.stream().map(TrackedIssue::key).toList());
        Map<String, ExperimentRun> runs = new LinkedHashMap<>();
        for (TrackedIssue experiment : experiments) {
            RunLog log = RunLog.of(comments.getOrDefault(experiment.key(), List.of()));
            if (!log.entries().isEmpty()) {
                runs.put(experiment.key(), of(experiment.key(), log));
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
