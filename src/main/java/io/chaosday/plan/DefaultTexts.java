package io.chaosday.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The default wording of the epics and tickets. */
public final class DefaultTexts {

    private DefaultTexts() {
    }

    public static final PlanTexts TEXTS = build();

    private static PlanTexts build() {
        Map<Phase, TicketText> phases = new EnumMap<>(Phase.class);
        phases.put(Phase.PLAN, new TicketText("Plan: {name}",
                "Everything that has to happen before the Chaos Day: scope, kick-offs, the Agents of Chaos, "
                        + "the experiments and the go-ahead from stakeholders.",
                List.of("Scope and time-frame agreed", "Every team has had its kick-off",
                        "Experiments shortlisted and prepared", "Stakeholders informed")));
        phases.put(Phase.EXECUTE, new TicketText("Execute: {name}",
                "The Chaos Day itself: the Agents of Chaos run their experiments and the teams respond.",
                List.of("Every experiment run, or marked as not run", "Normal service restored before the day ends")));
        phases.put(Phase.REVIEW, new TicketText("Review: {name}",
                "Blameless post-Chaos reviews while memories are fresh.",
                List.of("Each team has reviewed its experiments", "Improvement ideas have owners")));
        phases.put(Phase.SHARE, new TicketText("Share: {name}",
                "Spread what was learnt beyond the teams that took part.",
                List.of("Write-ups published", "Lessons presented to the wider organisation")));

        Map<Step, TicketText> steps = new EnumMap<>(Step.class);
        steps.put(Step.SCOPE, new TicketText("Choose the target services, teams and dates",
                "Decide what this Chaos Day will put under stress, who takes part and roughly when. "
                        + "A first Chaos Day is best kept small: one service or one team.",
                List.of("Target services or systems listed", "Participating teams named",
                        "Facilitator named (not an Agent of Chaos)", "Rough time-frame agreed")));
        steps.put(Step.KICKOFF, new TicketText("Kick-off and what-if session for {team}",
                "Bring the whole team together: explain why we run a Chaos Day and how it works, draw the "
                        + "architecture together and collect what-ifs about how failures are handled.",
                List.of("Goal and approach explained", "Architecture sketched and walked through",
                        "What-ifs brainstormed and recorded as candidate experiments")));
        steps.put(Step.AGENTS, new TicketText("Name the Agents of Chaos",
                "Pick the engineers who will design and run the experiments, usually the most experienced in "
                        + "each team. On the day they are out of reach for the responding teams.",
                List.of("At least one Agent of Chaos per team", "Agents' calendars blocked for preparation and the day",
                        "Responders know the Agents will not help on the day")));
        steps.put(Step.SHORTLIST, new TicketText("Shortlist the experiments",
                "The Agents of Chaos rank the what-ifs and turn the best into experiments, each with an owner.",
                List.of("What-ifs prioritised", "Four to eight experiments shortlisted",
                        "Target environment agreed", "Chaos Day date(s) agreed")));
        steps.put(Step.CONFIRM, new TicketText("Confirm with stakeholders and announce",
                "Check the date and the environment with the people affected, then tell everyone what will "
                        + "happen, why, where, when and how.",
                List.of("Date and environment confirmed by stakeholders", "Announcement sent",
                        "Support and on-call rotas aware")));
        steps.put(Step.PREPARE, new TicketText("Prepare the experiments",
                "The Agents of Chaos get each experiment ready to run and to roll back, without telling the "
                        + "responding teams what is coming.",
                List.of("Each experiment card complete (failure, impact, expected response, rollback)",
                        "Rollback rehearsed", "Order and parallel runs decided", "Tooling and access in place")));
        steps.put(Step.CHAOS_DAY, new TicketText("Run the Chaos Day",
                "The Agents of Chaos run the experiments; everyone else responds as they would to a real "
                        + "incident.",
                List.of("Each experiment's status kept up to date", "Who did what, when and why recorded",
                        "Normal service restored before the day ends")));
        steps.put(Step.REVIEW, new TicketText("Post-Chaos review for {team}",
                "A blameless review of each experiment: walk the timeline, surface what we learnt about how "
                        + "the system behaves, and record improvement ideas.",
                List.of("Review scheduled with a wide audience", "Timeline of each experiment walked through",
                        "New knowledge about the system written down", "Improvement ideas given owners",
                        "Ideas for the next Chaos Day noted")));
        steps.put(Step.TEAM_OF_TEAMS, new TicketText("Team-of-teams review",
                "Bring the teams' reviews together to find lessons that cross team boundaries.",
                List.of("Each team presents its findings", "Cross-team lessons recorded",
                        "Shared improvement ideas given owners")));
        steps.put(Step.SHARE, new TicketText("Share the lessons",
                "Take the review write-ups to everyone who can learn from them.",
                List.of("Write-ups published on the wiki", "Summary posted in chat",
                        "Show-and-tell or community session held")));
        return new PlanTexts(phases, steps);
    }
}
