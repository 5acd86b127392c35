package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Dates;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import io.chaosday.tracker.ChaosDayId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The plan as an RFC 5545 calendar to subscribe to or import: an all-day event on each ticket's
 * due date, and one event spanning the Chaos Day itself.
 *
 * <p>Each event's UID is a name-based UUID of the slug of the Chaos Day's name and the ticket's
 * identity (step, and team on per-team tickets), so it does not change when the date moves:
 * importing the file again updates the events instead of adding copies. DTSTAMP is {@code today}
 * at midnight UTC, which keeps the output the same for the same input, and SEQUENCE counts the
 * minutes from {@link #SEQUENCE_EPOCH} to it: a file made later carries a higher one, which tells a
 * calendar that re-imports it to move the events (RFC 5545, 3.8.7.4).
 */
public final class ICalendar implements PlanRenderer {

    static final String PRODID = "-//io.chaosday//Chaos Day for Jira//EN";
    /** The identity of the event that spans the Chaos Day; no ticket identity contains '#'. */
    static final String SPAN_IDENTITY = "#chaos-day";

    /** Where SEQUENCE counts from; minutes from here fit an int for four thousand years. */
    static final java.time.Instant SEQUENCE_EPOCH = java.time.Instant.parse("2026-01-01T00:00:00Z");

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        String stamp = DATE.format(today) + "T000000Z";
        long sequence = sequence(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        IcsLines ics = new IcsLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", PRODID)
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", plan.name());

        event(ics, uid(plan, SPAN_IDENTITY), stamp, sequence, plan.chaosDay(), plan.lastDay())
                .text("SUMMARY", spanTitle(plan.name()))
                .text("DESCRIPTION", span(plan))
                .text("CATEGORIES", "Chaos Day")
                .raw("TRANSP", "OPAQUE")
                .raw("END", "VEVENT");
        for (PhasePlan phase : plan.phases()) {
            for (Ticket ticket : phase.tickets()) {
                event(ics, uid(plan, ticket.identity()), stamp, sequence, ticket.due(), ticket.due())
                        .text("SUMMARY", plan.name() + ": " + ticket.summary())
                        .text("DESCRIPTION", description(plan, phase, ticket))
                        .text("CATEGORIES", "Chaos Day")
                        .raw("TRANSP", "TRANSPARENT")
                        .raw("END", "VEVENT");
            }
        }
        return ics.raw("END", "VCALENDAR").toString();
    }

    /** Opens an all-day event from {@code first} to {@code last}; DTEND is the day after, as RFC 5545 wants. */
    static IcsLines event(IcsLines ics, String uid, String stamp, long sequence, LocalDate first, LocalDate last) {
        return ics.raw("BEGIN", "VEVENT")
                .raw("UID", uid)
                .raw("DTSTAMP", stamp)
                .raw("SEQUENCE", Long.toString(sequence))
                .raw("DTSTART;VALUE=DATE", DATE.format(first))
                .raw("DTEND;VALUE=DATE", DATE.format(last.plusDays(1)));
    }

    /** Whole minutes from {@link #SEQUENCE_EPOCH} to {@code at}; never negative. */
    static long sequence(java.time.Instant at) {
        return Math.max(0, java.time.Duration.between(SEQUENCE_EPOCH, at).toMinutes());
    }

    static String uid(ChaosDayPlan plan, String identity) {
        return uid(ChaosDayId.fromName(plan.name()), identity);
    }

    /** The same for a plan and for the Chaos Day's tickets in Jira, so either file updates the other's events. */
    static String uid(ChaosDayId chaosDay, String identity) {
        String key = chaosDay.value() + "\n" + identity;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@chaosday.io";
    }

    /** "Payments Chaos Day" and "Spring Chaos Week" stay as they are; "Payments" becomes "Chaos Day: Payments". */
    static String spanTitle(String name) {
        return name.toLowerCase(Locale.ROOT).contains("chaos") ? name : "Chaos Day: " + name;
    }

    static String span(ChaosDayPlan plan) {
        String when = plan.days() == 1 ? Dates.withWeekday(plan.chaosDay())
                : Dates.withWeekday(plan.chaosDay()) + " to " + Dates.withWeekday(plan.lastDay());
        return "Chaos Day: " + when + "\nTeams: " + String.join(", ", plan.teams());
    }

    private static String description(ChaosDayPlan plan, PhasePlan phase, Ticket ticket) {
        StringBuilder text = new StringBuilder();
        text.append(plan.name()).append(" - ").append(phase.summary()).append('\n');
        ticket.team().ifPresent(team -> text.append("Team: ").append(team).append('\n'));
        text.append("Due: ").append(Dates.withWeekday(ticket.due())).append("\n\n");
        text.append(ticket.text().description().strip());
        ticket.text().checklist().forEach(item -> text.append("\n- ").append(item.strip()));
        return text.toString();
    }
}
