package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.plan.Step;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a Chaos Day stands: per phase, how much is done, and what is late. */
public final class ChaosDayStatus {

    private ChaosDayStatus() {
    }

    public record PhaseProgress(Phase phase, int done, int total, Optional<LocalDate> due, Optional<String> epicKey) {
    }

    /**
     * @param name           the Chaos Day's name, exactly as it was given
     * @param chaosDay       the Chaos Day ticket's due date, when it exists
     * @param daysToChaosDay calendar days from today to it (negative once past)
     * @param current        the earliest phase with open tickets; empty when all is done
     * @param overdue        open tickets due before today, earliest first
     */
    public record Report(String chaosDayId, String name, Optional<LocalDate> chaosDay, Optional<Long> daysToChaosDay,
            Optional<Phase> current, List<PhaseProgress> phases, List<TrackedIssue> overdue) {
    }

    public static Report of(ChaosDayIssues issues, LocalDate today) {
        Map<Phase, int[]> counts = new EnumMap<>(Phase.class);
        Map<Phase, TrackedIssue> epics = new EnumMap<>(Phase.class);
        List<TrackedIssue> overdue = new ArrayList<>();
        Optional<LocalDate> chaosDay = Optional.empty();
        for (Map.Entry<Item, TrackedIssue> entry : issues.byItem().entrySet()) {
            Item item = entry.getKey();
            TrackedIssue issue = entry.getValue();
            Optional<Phase> phase = item.phase();
            if (phase.isEmpty()) {
                continue;
            }
            if (item instanceof Item.PhaseEpic) {
                epics.put(phase.get(), issue);
                continue;
            }
            if (item.equals(new Item.StepTicket(Step.CHAOS_DAY))) {
                chaosDay = issue.due();
            }
            int[] c = counts.computeIfAbsent(phase.get(), p -> new int[2]);
            c[1]++;
            if (issue.done()) {
                c[0]++;
            } else if (issue.due().filter(d -> d.isBefore(today)).isPresent()) {
                overdue.add(issue);
            }
        }
        List<PhaseProgress> phases = new ArrayList<>();
        Optional<Phase> current = Optional.empty();
        for (Phase phase : Phase.values()) {
            int[] c = counts.getOrDefault(phase, new int[2]);
            Optional<TrackedIssue> epic = Optional.ofNullable(epics.get(phase));
            phases.add(new PhaseProgress(phase, c[0], c[1], epic.flatMap(TrackedIssue::due), epic.map(TrackedIssue::key)));
            if (current.isEmpty() && c[0] < c[1]) {
                current = Optional.of(phase);
            }
        }
        overdue.sort(Comparator.comparing((TrackedIssue i) -> i.due().orElseThrow()).thenComparing(TrackedIssue::key));
        Optional<Long> days = chaosDay.map(d -> ChronoUnit.DAYS.between(today, d));
        return new Report(issues.id().value(), issues.name(), chaosDay, days, current, phases, overdue);
    }
}
