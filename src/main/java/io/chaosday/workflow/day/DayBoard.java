package io.chaosday.workflow.day;

import io.chaosday.review.Experiment;
import io.chaosday.review.Isolation;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.runlog.RunLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the facilitator watches during the day: the experiments running, for how long, and what
 * each still has to have put back (its card's restore note, else its rollback) until it stops; how many are over or not started.
 */
public record DayBoard(ZoneId zone, List<Running> running, int stopped, int halted, int notStarted) {

    public DayBoard {
        running = List.copyOf(running);
    }

    /**
     * One running experiment.
     *
     * @param putBack what has to be put back before the day closes: its card's restore note, else its rollback
     */
    public record Running(String issueKey, String title, Instant since, Duration ranFor, String environment,
            Isolation isolation, String putBack) {
    }

    /** Whether {@code today} is one of the Chaos Day's days: from its first day to the Chaos Day ticket's due date. */
    public static boolean onTheDay(ChaosDayIssues found, Optional<LocalDate> lastDay, LocalDate today) {
        Optional<LocalDate> first = found.definition().map(d -> d.chaosDay()).or(() -> lastDay);
        Optional<LocalDate> last = lastDay.or(() -> first);
        return first.isPresent() && !today.isBefore(first.get()) && !today.isAfter(last.get());
    }

    /** The board from every experiment's log ({@code logs}, as {@link DayLog#logs} reads them). */
    public static DayBoard of(Map<TrackedIssue, RunLog> logs, Instant now, ZoneId zone) {
        List<Running> running = new ArrayList<>();
        int stopped = 0;
        int halted = 0;
        int notStarted = 0;
        for (Map.Entry<TrackedIssue, RunLog> each : logs.entrySet()) {
            RunLog log = each.getValue();
            switch (log.state()) {
                case STOPPED -> stopped++;
                case HALTED -> halted++;
                case NOT_STARTED -> notStarted++;
                case RUNNING -> {
                    TrackedIssue issue = each.getKey();
                    Optional<Experiment> card = ExperimentCard.fromIssue(issue);
                    running.add(new Running(issue.key(), issue.summary(), log.start().orElseThrow().at(),
                            log.ranFor(now).orElse(Duration.ZERO), card.map(Experiment::environment).orElse("").strip(),
                            card.map(Experiment::isolation).orElse(Isolation.ISOLATED), card.map(Experiment::putBack).orElse("")));
                }
            }
        }
        return new DayBoard(zone, running, stopped, halted, notStarted);
    }

    /** The board of a Chaos Day's experiments as they stand at {@code now}. */
    public static DayBoard read(io.chaosday.tracker.IssueTracker tracker, ChaosDayIssues found, java.time.Clock clock) {
        ZoneId zone = DayZone.of(found, clock.getZone());
        return of(new DayLog(tracker, clock).logs(found.experiments()), clock.instant(), zone);
    }
}
