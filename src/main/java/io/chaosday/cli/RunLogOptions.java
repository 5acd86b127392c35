package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Project;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.day.DayZone;
import io.chaosday.workflow.runlog.LogEntry;
import io.chaosday.workflow.runlog.LogKind;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The time something happened, as every run log command takes it, and the writing they share. */
public final class RunLogOptions {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Option(names = "--at", paramLabel = "HH:MM",
            description = "When it happened, today in the Chaos Day's time zone (24-hour clock), for something noted late. Default: now.")
    String at;

    Optional<LocalTime> at() {
        if (at == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(at.strip(), CLOCK));
        } catch (DateTimeParseException e) {
            throw new UsageException("--at takes a time of day as HH:MM on a 24-hour clock, e.g. 10:02 or 14:30, not '" + at + "'");
        }
    }

    /** Writes one entry and says what happened, or that it was there already. */
    int write(ChaosDayCli root, JiraOptions jira, WhichChaosDay which, PrintWriter out, String experiment, LogKind kind, String text, boolean force) {
        Optional<LocalTime> time = at();
        if (Project.ofIssueKey(experiment).isEmpty()) {
            jira.projectKey(); // a missing project is bad input, reported before anything is sent
        }
        IssueTracker tracker = jira.connect(root);
        ChaosDayIssues found = which.holding(experiment, ChaosDayFinder.withCards(tracker), jira);
        ZoneId zone = DayZone.of(found, root.clock().getZone());
        DayLog.Written written = new DayLog(tracker, root.clock()).write(found, zone,
                new DayLog.Request(experiment, kind, text, time, force));
        LogEntry entry = written.entry();
        String when = CLOCK.format(entry.at().atZone(zone)) + " (" + zone.getId() + ")" + entry.author().map(a -> " by " + a).orElse("");
        String what = entry.kind() == kind ? words(kind) : words(entry.kind());
        if (written.alreadyThere()) {
            out.println(written.experiment().key() + "  already " + what + " at " + when + "; nothing written");
        } else {
            out.println(written.experiment().key() + "  " + what + " at " + when + "  " + written.experiment().summary());
            if (!written.overridden().isEmpty()) {
                out.println("  started with --force although running in the same environment: " + String.join(", ", written.overridden()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String words(LogKind kind) {
        return switch (kind) {
            case START -> "started";
            case STOP -> "stopped";
            case HALT -> "halted";
            case DETECTED -> "logged detected";
            case RESPONDED -> "logged responded";
            case RECOVERED -> "logged recovered";
            case NOTE -> "logged a note";
        };
    }
}
