package io.chaosday.workflow.runlog;

import io.chaosday.tracker.Comment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment's run log, read from its ticket's comments: each entry once (of copies written at
 * the same moment by two runs, the one stored first), in the order things happened.
 */
public record RunLog(List<LogEntry> entries) {

    public RunLog {
        entries = List.copyOf(entries);
    }

    public static final RunLog EMPTY = new RunLog(List.of());

    /** What stands where: not started yet, running, or over (stopped or halted). */
    public enum State {
        NOT_STARTED, RUNNING, STOPPED, HALTED
    }

    public static RunLog of(List<Comment> comments) {
        Map<String, LogEntry> byId = new LinkedHashMap<>();
        Map<LogKind, LogEntry> once = new LinkedHashMap<>();
        List<Comment> stored = new ArrayList<>(comments);
        stored.sort(Comparator.comparing(Comment::created).thenComparing(c -> numeric(c.id())));
        for (Comment comment : stored) {
            LogMarker.read(comment).ifPresent(entry -> {
                // An experiment starts and ends once: a second start (or end) written at once by another run gives way.
                if (byId.containsKey(entry.id()) || entry.kind().once() && once.containsKey(entry.kind())
                        || entry.kind().ends() && (once.containsKey(LogKind.STOP) || once.containsKey(LogKind.HALT))) {
                    return;
                }
                byId.put(entry.id(), entry);
                if (entry.kind().once()) {
                    once.put(entry.kind(), entry);
                }
            });
        }
        List<LogEntry> entries = new ArrayList<>(byId.values());
        entries.sort(Comparator.comparing(LogEntry::at).thenComparing(e -> e.kind().ordinal()).thenComparing(LogEntry::written));
        return new RunLog(entries);
    }

    /** Comment ids are numbers on every Jira; ordering by them breaks a tie in the stored time. */
    public static long numeric(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    public Optional<LogEntry> first(LogKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).findFirst();
    }

    public Optional<LogEntry> start() {
        return first(LogKind.START);
    }

    /** The entry that ended the experiment: its stop or its halt. */
    public Optional<LogEntry> end() {
        return entries.stream().filter(e -> e.kind().ends()).findFirst();
    }

    public State state() {
        Optional<LogEntry> end = end();
        if (end.isPresent()) {
            return end.get().kind() == LogKind.HALT ? State.HALTED : State.STOPPED;
        }
        return start().isPresent() ? State.RUNNING : State.NOT_STARTED;
    }

    /** Time to detect: from the start to the first "detected". */
    public Optional<Duration> timeToDetect() {
        return between(start(), first(LogKind.DETECTED));
    }

    /** Time to recover: from the start, when the failure began, to the first "recovered". */
    public Optional<Duration> timeToRecover() {
        return between(start(), first(LogKind.RECOVERED));
    }

    /** Why the experiment was halted; empty when it was not. */
    public Optional<String> haltReason() {
        return first(LogKind.HALT).map(LogEntry::text);
    }

    /** How long it ran: to its end, or to {@code now} while it runs. */
    public Optional<Duration> ranFor(Instant now) {
        return start().map(s -> Duration.between(s.at(), end().map(LogEntry::at).orElse(now)));
    }

    private static Optional<Duration> between(Optional<LogEntry> from, Optional<LogEntry> to) {
        if (from.isEmpty() || to.isEmpty() || to.get().at().isBefore(from.get().at())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(from.get().at(), to.get().at()));
    }
}
