package io.chaosday.export;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Dates;
import io.chaosday.plan.Step;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayIssues;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Chaos Day as it stands in the tracker, as an RFC 5545 calendar: each step's ticket on its
 * current due date, and one event spanning the Chaos Day. The events have the UIDs of the
 * {@link ICalendar} a plan gives, so importing this file after a reschedule moves the events that
 * either file made; SEQUENCE counts minutes, so a later file always carries the higher one.
 */
public final class TrackerCalendar {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TrackerCalendar() {
    }

    /** The calendar at {@code now}; {@code browse} gives each ticket's address. */
    public static String render(ChaosDayIssues issues, Function<String, URI> browse, Instant now) {
        String stamp = STAMP.format(now);
        long sequence = ICalendar.sequence(now);
        String name = issues.name();
        IcsLines ics = new IcsLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", ICalendar.PRODID)
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", name);
        span(issues).ifPresent(span -> ICalendar.event(ics, ICalendar.uid(issues.id(), ICalendar.SPAN_IDENTITY), stamp, sequence,
                        span.first(), span.last())
                .text("SUMMARY", ICalendar.spanTitle(name))
                .text("DESCRIPTION", span.description())
                .text("CATEGORIES", "Chaos Day")
                .raw("TRANSP", "OPAQUE")
                .raw("END", "VEVENT"));
        issues.byItem().entrySet().stream()
                .filter(e -> e.getKey() instanceof Item.StepTicket && e.getValue().due().isPresent())
                .sorted(Comparator.comparing((Map.Entry<Item, TrackedIssue> e) -> e.getValue().due().get())
                        .thenComparing(e -> e.getKey().key()))
                .forEach(e -> {
                    TrackedIssue issue = e.getValue();
                    LocalDate due = issue.due().get();
                    URI link = browse.apply(issue.key());
                    ICalendar.event(ics, ICalendar.uid(issues.id(), e.getKey().key()), stamp, sequence, due, due)
                            .text("SUMMARY", name + ": " + issue.summary())
                            .text("DESCRIPTION", issue.key() + " " + link + "\nDue: " + Dates.withWeekday(due)
                                    + "\nStatus: " + issue.status() + "\nAssignee: " + issue.assignee().orElse("unassigned"))
                            .raw("URL", link.toASCIIString())
                            .text("CATEGORIES", "Chaos Day")
                            .raw("TRANSP", "TRANSPARENT")
                            .raw("END", "VEVENT");
                });
        return ics.raw("END", "VCALENDAR").toString();
    }

    private record Span(LocalDate first, LocalDate last, String description) {
    }

    /** The days of the Chaos Day: from its stored definition, else the day its own ticket is due. */
    private static Optional<Span> span(ChaosDayIssues issues) {
        Optional<ChaosDayDefinition> definition = issues.definition();
        if (definition.isPresent()) {
            ChaosDayPlan plan = definition.get().plan();
            return Optional.of(new Span(plan.chaosDay(), plan.lastDay(), ICalendar.span(plan)));
        }
        return issues.find(new io.chaosday.tracker.IssueIdentity(issues.id(), new Item.StepTicket(Step.CHAOS_DAY)))
                .flatMap(TrackedIssue::due)
                .map(day -> new Span(day, day, "Chaos Day: " + Dates.withWeekday(day)));
    }
}
