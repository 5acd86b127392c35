package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Works out the {@link TimelineView} of a plan: what each lane and row says and where it sits. */
final class TimelineLayout {

    /** Past this share of the axis a date label goes on the left of its mark, so it stays on the page. */
    private static final double FLIP_AT = 86.0;
    private static final int TEAMS_LISTED = 8;

    private TimelineLayout() {
    }

    static TimelineView view(ChaosDayPlan plan, LocalDate today) {
        DateAxis axis = new DateAxis(earliest(plan), plan.lastDue());
        List<TimelineView.Band> weekends = new ArrayList<>();
        List<TimelineView.Band> holidays = new ArrayList<>();
        for (LocalDate day = axis.start(); day.isBefore(axis.end()); day = day.plusDays(1)) {
            if (plan.calendar().holidays().contains(day)) {
                holidays.add(axis.band(day, day, "Holiday: " + DateAxis.LONG.format(day)));
            } else if (plan.calendar().weekend().contains(day.getDayOfWeek())) {
                weekends.add(axis.band(day, day, ""));
            }
        }
        TimelineView.Band chaos = axis.band(plan.chaosDay(), plan.lastDay(), plan.days() == 1 ? "Chaos Day" : "Chaos Days");
        TimelineView.Band now = axis.contains(today)
                ? new TimelineView.Band(DateAxis.percent(axis.middle(today)), "0%", "Today " + DateAxis.shortDate(today))
                : null;
        List<TimelineView.Lane> lanes = plan.phases().stream().map(phase -> lane(plan, phase, axis)).toList();
        return new TimelineView(plan.name(), when(plan), facts(plan), todayNote(plan, today, axis), axis.years(), axis.ticks(),
                weekends, holidays, chaos, now, lanes, "Made on " + DateAxis.LONG.format(today) + " by chaosday");
    }

    private static LocalDate earliest(ChaosDayPlan plan) {
        return plan.tickets().map(t -> t.starts().orElse(t.due())).min(Comparator.naturalOrder()).orElse(plan.chaosDay());
    }

    private static TimelineView.Lane lane(ChaosDayPlan plan, PhasePlan phase, DateAxis axis) {
        LocalDate first = phase.tickets().stream().map(t -> t.starts().orElse(t.due()))
                .min(Comparator.naturalOrder()).orElse(phase.due());
        List<TimelineView.Row> rows = phase.tickets().stream().map(t -> row(plan, t, axis)).toList();
        String name = phase.key().substring(0, 1).toUpperCase(Locale.ROOT) + phase.key().substring(1);
        return new TimelineView.Lane(phase.key(), name, phase.summary(), "due " + DateAxis.LONG.format(phase.due()),
                axis.band(first, phase.due(), ""), rows);
    }

    private static TimelineView.Row row(ChaosDayPlan plan, Ticket ticket, DateAxis axis) {
        String who = ticket.team().orElse(plan.teams().size() == 1 ? plan.teams().get(0) : "All teams");
        String due = "due " + DateAxis.LONG.format(ticket.due());
        if (ticket.starts().isPresent()) {
            LocalDate starts = ticket.starts().get();
            double end = axis.at(ticket.due().plusDays(1));
            boolean flip = end > FLIP_AT;
            return new TimelineView.Row(ticket.summary(), who, due,
                    DateAxis.shortDate(starts) + " – " + DateAxis.shortDate(ticket.due()), axis.band(starts, ticket.due(), ""),
                    true, DateAxis.percent(flip ? axis.at(starts) : end), flip);
        }
        String middle = DateAxis.percent(axis.middle(ticket.due()));
        return new TimelineView.Row(ticket.summary(), who, due, DateAxis.shortDate(ticket.due()),
                new TimelineView.Band(middle, "0%", ""), false, middle, axis.middle(ticket.due()) > FLIP_AT);
    }

    private static String when(ChaosDayPlan plan) {
        return plan.days() == 1 ? "Chaos Day " + DateAxis.LONG.format(plan.chaosDay())
                : "Chaos Days " + DateAxis.LONG.format(plan.chaosDay()) + " to " + DateAxis.LONG.format(plan.lastDay());
    }

    private static List<String> facts(ChaosDayPlan plan) {
        List<String> facts = new ArrayList<>();
        int teams = plan.teams().size();
        facts.add(teams == 1 ? "Team: " + plan.teams().get(0)
                : teams <= TEAMS_LISTED ? teams + " teams: " + String.join(", ", plan.teams()) : teams + " teams");
        facts.add(plan.ticketCount() + " tickets in " + plan.phases().size() + " epics");
        facts.add("experiment design window: " + plan.designWindow() + " working days");
        List<String> holidays = plan.calendar().holidays().stream()
                .filter(h -> !h.isBefore(earliest(plan)) && !h.isAfter(plan.lastDue()))
                .map(DateAxis.LONG::format).toList();
        if (!holidays.isEmpty()) {
            facts.add("holidays: " + String.join(", ", holidays));
        }
        return facts;
    }

    private static String todayNote(ChaosDayPlan plan, LocalDate today, DateAxis axis) {
        String date = "Today is " + DateAxis.LONG.format(today);
        if (today.isBefore(axis.start())) {
            long days = ChronoUnit.DAYS.between(today, earliest(plan));
            return date + ", " + days + " days before the first ticket is due (off the left of the chart).";
        }
        if (!axis.contains(today)) {
            return date + ", after the last ticket was due (off the right of the chart).";
        }
        if (today.isBefore(plan.chaosDay())) {
            int left = plan.calendar().workingDaysBetween(today, plan.chaosDay());
            return date + ": the Chaos Day is " + left + (left == 1 ? " working day" : " working days") + " away.";
        }
        return today.isAfter(plan.lastDay()) ? date + ": the Chaos Day is over; reviews and sharing are under way."
                : date + ": the Chaos Day is on.";
    }
}
