package io.chaosday.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Works a Chaos Day's due dates back from its date, following a {@link SchedulePolicy}. */
public final class Scheduler {

    private final SchedulePolicy policy;
    private final PlanTexts texts;

    public Scheduler(SchedulePolicy policy, PlanTexts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    public static Scheduler withDefaults() {
        return new Scheduler(SchedulePolicy.DEFAULT, DefaultTexts.TEXTS);
    }

    public SchedulePolicy policy() {
        return policy;
    }

    public ChaosDayPlan schedule(ChaosDaySpec spec) {
        if (spec.days() > policy.maxDays()) {
            throw new InvalidPlanException(new PlanProblem.DaysOutOfRange(spec.days(), policy.maxDays()));
        }
        WorkingCalendar cal = spec.calendar();
        LocalDate first = spec.chaosDay();
        LocalDate last = cal.shift(first, spec.days() - 1);
        int window = policy.designWindow(spec.teams().size());

        LocalDate shortlist = cal.shift(first, -window);
        LocalDate kickoff = cal.shift(shortlist, -policy.kickoffBeforeShortlist());
        Map<Step, LocalDate> due = new EnumMap<>(Step.class);
        due.put(Step.SHORTLIST, shortlist);
        due.put(Step.KICKOFF, kickoff);
        due.put(Step.SCOPE, cal.shift(kickoff, -policy.scopeBeforeKickoff()));
        due.put(Step.AGENTS, cal.shift(shortlist, -policy.agentsBeforeShortlist()));
        due.put(Step.CONFIRM, cal.shift(first, -policy.confirmBeforeChaosDay()));
        due.put(Step.PREPARE, cal.shift(first, -policy.prepareBeforeChaosDay()));
        due.put(Step.CHAOS_DAY, last);
        due.put(Step.REVIEW, cal.shift(last, policy.reviewAfterChaosDay()));
        due.put(Step.TEAM_OF_TEAMS, cal.shift(last, policy.teamOfTeamsAfterChaosDay()));

        Map<Phase, List<Ticket>> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            byPhase.put(phase, new ArrayList<>());
        }
        for (Step step : Step.values()) {
            if (step == Step.SHARE) {
                continue; // due after the reviews, whichever of them is last
            }
            Optional<LocalDate> starts = step == Step.CHAOS_DAY && spec.days() > 1 ? Optional.of(first) : Optional.empty();
            for (Optional<String> team : teamsFor(step, spec.teams())) {
                TicketText text = texts.of(step).fill(spec.name(), team.orElse(null));
                byPhase.get(step.phase()).add(new Ticket(step, team, text, due.get(step), starts));
            }
        }
        LocalDate lastReview = latest(byPhase.get(Phase.REVIEW));
        byPhase.get(Phase.SHARE).add(new Ticket(Step.SHARE, Optional.empty(),
                texts.of(Step.SHARE).fill(spec.name(), null), cal.shift(lastReview, policy.shareAfterReview()),
                Optional.empty()));

        List<PhasePlan> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<Ticket> tickets = byPhase.get(phase);
            phases.add(new PhasePlan(phase, texts.of(phase).fill(spec.name(), null), latest(tickets), tickets));
        }
        return new ChaosDayPlan(spec, window, last, phases);
    }

    private static List<Optional<String>> teamsFor(Step step, List<String> teams) {
        boolean several = teams.size() >= 2;
        return switch (step.fan()) {
            case ONCE -> List.of(Optional.empty());
            case PER_TEAM -> several ? teams.stream().map(Optional::of).toList() : List.of(Optional.empty());
            case ONLY_WITH_SEVERAL_TEAMS -> several ? List.of(Optional.empty()) : List.of();
        };
    }

    private static LocalDate latest(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::due).max(Comparator.naturalOrder()).orElseThrow();
    }
}
