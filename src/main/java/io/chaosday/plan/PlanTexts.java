package io.chaosday.plan;

import java.util.EnumMap;
import java.util.Map;

/** The words of a plan: one text per phase epic and per step. */
public record PlanTexts(Map<Phase, TicketText> phases, Map<Step, TicketText> steps) {

    public PlanTexts {
        phases = Map.copyOf(phases);
        steps = Map.copyOf(steps);
        for (Phase phase : Phase.values()) {
            if (!phases.containsKey(phase)) {
                throw new IllegalArgumentException("no text for phase " + phase.key());
            }
        }
        for (Step step : Step.values()) {
            if (!steps.containsKey(step)) {
                throw new IllegalArgumentException("no text for step " + step.key());
            }
        }
    }

    public TicketText of(Phase phase) {
        return phases.get(phase);
    }

    public TicketText of(Step step) {
        return steps.get(step);
    }

    public PlanTexts with(Phase phase, TicketText text) {
        Map<Phase, TicketText> copy = new EnumMap<>(phases);
        copy.put(phase, text);
        return new PlanTexts(copy, steps);
    }

    public PlanTexts with(Step step, TicketText text) {
        Map<Step, TicketText> copy = new EnumMap<>(steps);
        copy.put(step, text);
        return new PlanTexts(phases, copy);
    }
}
