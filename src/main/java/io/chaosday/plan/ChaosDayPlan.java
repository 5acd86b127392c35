package io.chaosday.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The scheduled Chaos Day: four phase epics, in order, with their tickets and due dates. */
public record ChaosDayPlan(ChaosDaySpec spec, int designWindow, LocalDate lastDay, List<PhasePlan> phases) {

    public ChaosDayPlan {
        phases = List.copyOf(phases);
    }

    public String name() {
        return spec.name();
    }

    public LocalDate chaosDay() {
        return spec.chaosDay();
    }

    public int days() {
        return spec.days();
    }

    public List<String> teams() {
        return spec.teams();
    }

    public WorkingCalendar calendar() {
        return spec.calendar();
    }

    public Stream<Ticket> tickets() {
        return phases.stream().flatMap(p -> p.tickets().stream());
    }

    public int ticketCount() {
        return phases.stream().mapToInt(p -> p.tickets().size()).sum();
    }

    /** The tickets due before {@code today}, earliest first. */
    public List<Ticket> dueBefore(LocalDate today) {
        return tickets().filter(t -> t.due().isBefore(today)).sorted(Comparator.comparing(Ticket::due)).toList();
    }

    public LocalDate firstDue() {
        return tickets().map(Ticket::due).min(Comparator.naturalOrder()).orElse(chaosDay());
    }

    public LocalDate lastDue() {
        return tickets().map(Ticket::due).max(Comparator.naturalOrder()).orElse(chaosDay());
    }
}
