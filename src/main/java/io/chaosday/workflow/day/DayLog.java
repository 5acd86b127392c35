package io.chaosday.workflow.day;

import io.chaosday.review.Experiment;
import io.chaosday.review.Isolation;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import io.chaosday.workflow.runlog.LogEntry;
import io.chaosday.workflow.runlog.LogKind;
import io.chaosday.workflow.runlog.LogMarker;
import io.chaosday.workflow.runlog.RunLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run log the Agents of Chaos keep as the day goes: an experiment's start, what the responders
 * detected and did, its recovery, notes, and its stop or halt, each a comment on its ticket.
 *
 * <p>Writing is safe to repeat and to do from several places at once: the comments are read first
 * and an entry already there is not written again; a write whose answer was lost is looked for
 * before it is tried again; and where two runs wrote the same entry at the same moment, the later
 * copy is deleted (and, until then, ignored by every reader).
 */
public final class DayLog {

    /** How often a write whose answer was lost is looked for and tried again. */
    static final int ATTEMPTS = 3;

    /** A log entry without a time of its own repeats one written this recently: a run repeated after a lost answer. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(2);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final IssueTracker tracker;
    private final Clock clock;

    public DayLog(IssueTracker tracker, Clock clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    /**
     * One entry to write.
     *
     * @param which the experiment's issue key or title
     * @param at    when it happened, in the Chaos Day's time zone, today; empty for now
     * @param force start even though the environment is in use; the start's entry says so
     */
    public record Request(String which, LogKind kind, String text, Optional<LocalTime> at, boolean force) {
    }

    /**
     * What was written.
     *
     * @param alreadyThere the entry (or, for a start or end, the experiment's own) was in the log already: nothing was written
     * @param overridden   on a forced start, the experiments that were running in the environment
     */
    public record Written(TrackedIssue experiment, LogEntry entry, boolean alreadyThere, List<String> overridden) {
    }

    public Written write(ChaosDayIssues found, ZoneId zone, Request request) {
        TrackedIssue issue = experiment(found, request.which());
        Instant now = clock.instant();
        Instant at = request.at().map(t -> t.atDate(now.atZone(zone).toLocalDate()).atZone(zone).toInstant()).orElse(now)
                .truncatedTo(ChronoUnit.SECONDS);
        if (at.isAfter(now)) {
            throw new WorkflowException(new WorkflowFailure.LogTimeInTheFuture(clock(at, zone), clock(now, zone)));
        }
        RunLog log = read(issue.key());
        if (request.kind().once()) {
            Optional<LogEntry> existing = request.kind() == LogKind.START ? log.start() : log.end();
            if (existing.isPresent()) {
                return new Written(issue, existing.get(), true, List.of());
            }
        }
        if (request.kind() != LogKind.START) {
            LogEntry start = log.start().orElseThrow(() -> new WorkflowException(new WorkflowFailure.NotStarted(issue.key())));
            if (at.isBefore(start.at())) {
                throw new WorkflowException(new WorkflowFailure.LogTimeBeforeStart(issue.key(), clock(at, zone),
                        clock(start.at(), zone)));
            }
        }
        String text = LogMarker.oneLine(request.text());
        String id = LogMarker.id(issue.key(), request.kind(), at, text);
        Optional<LogEntry> same = repeated(log, id, request, text, now);
        if (same.isPresent()) {
            return new Written(issue, same.get(), true, List.of());
        }
        List<String> overridden = List.of();
        if (request.kind() == LogKind.START) {
            overridden = isolation(found, issue, request.force());
            if (!overridden.isEmpty()) {
                text = (text.isEmpty() ? "" : text + " ") + "(started on purpose while running in the same environment: "
                        + String.join(", ", overridden) + ")";
            }
        }
        LogEntry written = add(issue.key(), id, request.kind(), at, text, zone);
        if (request.kind() == LogKind.START && !request.force()) {
            startedAlone(found, issue, written);
        }
        return new Written(issue, written, false, overridden);
    }

    /**
     * Closes the race of two isolated starts in one environment, each checked before the other was
     * written: once our start is in, the environment's running experiments are read again, and if
     * one that keeps ours out started first by the log's order, ours is withdrawn and refused,
     * naming it. Both runs read the same order, so exactly one of them stays.
     */
    private void startedAlone(ChaosDayIssues found, TrackedIssue issue, LogEntry ours) {
        List<String> first = new ArrayList<>();
        rivals(found, issue).forEach((other, log) -> log.start()
                .filter(theirs -> log.state() == RunLog.State.RUNNING && landedBefore(theirs, ours))
                .ifPresent(theirs -> first.add(other.key() + " '" + other.summary() + "'")));
        if (first.isEmpty()) {
            return;
        }
        try {
            tracker.deleteComment(issue.key(), ours.commentId());
        } catch (TrackerException e) {
            // Another run wrote this same start, and withdraws it as this one does: already gone, or theirs to delete.
            // (A person who may not delete their own comments keeps a start the refusal says was withdrawn: assumed rare.)
            if (e.kind() != TrackerException.Kind.NOT_FOUND && e.kind() != TrackerException.Kind.FORBIDDEN) {
                throw e;
            }
        }
        Experiment card = ExperimentCard.fromIssue(issue).orElseThrow();
        throw new WorkflowException(new WorkflowFailure.EnvironmentInUse(issue.key(), card.environment().strip(), first));
    }

    /**
     * The log's order of two entries on different tickets: the time the tracker stored each, then
     * the comment ids, which Jira numbers from one sequence for all issues (assumed, as for the
     * order of copies in {@link RunLog}).
     */
    private static boolean landedBefore(LogEntry theirs, LogEntry ours) {
        int byTime = theirs.written().compareTo(ours.written());
        return byTime != 0 ? byTime < 0 : RunLog.numeric(theirs.commentId()) < RunLog.numeric(ours.commentId());
    }

    /** The entry already in the log that this request writes again, if any. */
    private static Optional<LogEntry> repeated(RunLog log, String id, Request request, String text, Instant now) {
        for (LogEntry entry : log.entries()) {
            if (entry.id().equals(id)) {
                return Optional.of(entry);
            }
            boolean sameWords = entry.kind() == request.kind() && entry.text().equals(text);
            if (request.at().isEmpty() && sameWords && !entry.at().isBefore(now.minus(REPEAT_WINDOW))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the entry once: a write whose answer was lost is looked for before trying again, and a
     * copy another run wrote first wins over ours.
     */
    private LogEntry add(String issueKey, String id, LogKind kind, Instant at, String text, ZoneId zone) {
        String body = LogMarker.comment(id, kind, at, text, zone);
        TrackerException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                Optional<LogEntry> landed = find(tracker.comments(issueKey), id);
                if (landed.isPresent()) {
                    return landed.get();
                }
            }
            Comment ours;
            try {
                ours = tracker.addComment(issueKey, body);
            } catch (TrackerException e) {
                if (e.kind() != TrackerException.Kind.UNAVAILABLE) {
                    throw e;
                }
                lost = e;
                continue;
            }
            return settle(issueKey, id, ours);
        }
        Optional<LogEntry> landed = find(tracker.comments(issueKey), id);
        if (landed.isPresent()) {
            return landed.get();
        }
        throw lost;
    }

    /** After our write: when another run's copy of the same entry came first, ours goes. */
    private LogEntry settle(String issueKey, String id, Comment ours) {
        List<Comment> comments = tracker.comments(issueKey);
        RunLog log = RunLog.of(comments);
        Optional<LogEntry> kept = log.entries().stream().filter(e -> e.id().equals(id)).findFirst();
        if (kept.isPresent() && !kept.get().commentId().equals(ours.id())) {
            tracker.deleteComment(issueKey, ours.id());
            return kept.get();
        }
        return kept.orElseGet(() -> LogMarker.read(ours).orElseThrow());
    }

    private static Optional<LogEntry> find(List<Comment> comments, String id) {
        return RunLog.of(comments).entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The experiments running in the same environment that keep this one from starting: any, when
     * it or one of them needs the environment to itself. Empty when it may start (or is forced to,
     * when they are returned to be told).
     */
    private List<String> isolation(ChaosDayIssues found, TrackedIssue issue, boolean force) {
        List<String> running = new ArrayList<>();
        rivals(found, issue).forEach((other, log) -> {
            if (log.state() == RunLog.State.RUNNING) {
                running.add(other.key() + " '" + other.summary() + "'");
            }
        });
        if (!running.isEmpty() && !force) {
            Experiment card = ExperimentCard.fromIssue(issue).orElseThrow();
            throw new WorkflowException(new WorkflowFailure.EnvironmentInUse(issue.key(), card.environment().strip(), running));
        }
        return running;
    }

    /**
     * The other experiments in the same environment that may not run beside this one (it or they
     * need the environment to themselves), with their logs as they stand now.
     */
    private Map<TrackedIssue, RunLog> rivals(ChaosDayIssues found, TrackedIssue issue) {
        Experiment card = ExperimentCard.fromIssue(issue).orElseThrow();
        String environment = card.environment().strip();
        if (environment.isEmpty()) {
            return Map.of();
        }
        List<TrackedIssue> rivals = found.experiments().stream()
                .filter(other -> !other.key().equals(issue.key()))
                .filter(other -> ExperimentCard.fromIssue(other)
                        .map(e -> e.environment().strip().equalsIgnoreCase(environment)
                                && (card.isolation() == Isolation.ISOLATED || e.isolation() == Isolation.ISOLATED))
                        .orElse(false))
                .toList();
        return freshLogs(rivals);
    }

    /**
     * The logs as they stand this moment, each read on its own: the environment's checks must see
     * a start written a moment ago, and a search may answer from an index behind the writes (Jira
     * Cloud's search is eventually consistent: Atlassian's "Search after write with search and
     * reconcile" guide). An environment's rivals are few.
     */
    private Map<TrackedIssue, RunLog> freshLogs(List<TrackedIssue> experiments) {
        List<RunLog> read = tracker.atOnce(experiments.stream().<java.util.function.Supplier<RunLog>>map(e -> () -> read(e.key()))
                .toList());
        Map<TrackedIssue, RunLog> logs = new LinkedHashMap<>();
        for (int i = 0; i < experiments.size(); i++) {
            logs.put(experiments.get(i), read.get(i));
        }
        return logs;
    }

    /**
     * Each experiment's run log, read in bulk ({@link IssueTracker#commentsOf}): for showing the
     * day, where a log seconds behind the last write will do.
     */
    public Map<TrackedIssue, RunLog> logs(List<TrackedIssue> experiments) {
        Map<String, List<Comment>> comments = tracker.commentsOf(experiments.stream().map(TrackedIssue::key).toList());
        Map<TrackedIssue, RunLog> logs = new LinkedHashMap<>();
        for (TrackedIssue experiment : experiments) {
            logs.put(experiment, RunLog.of(comments.getOrDefault(experiment.key(), List.of())));
        }
        return logs;
    }

    public RunLog read(String issueKey) {
        return RunLog.of(tracker.comments(issueKey));
    }

    /** The experiment a user names by its issue key or its title. */
    public static TrackedIssue experiment(ChaosDayIssues found, String which) {
        return found.experiments().stream()
                .filter(i -> i.key().equalsIgnoreCase(which.strip()) || i.summary().equalsIgnoreCase(which.strip()))
                .findFirst()
                .orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoSuchExperiment(which)));
    }

    static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }
}
