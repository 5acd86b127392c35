package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.Phase;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Step;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a plan into the issues it needs in a tracker: four epics, then their tickets. */
public final class PlannedIssues {

    /** Every issue of every Chaos Day carries this label. */
    public static final String CHAOS_DAY_LABEL = "chaos-day";

    private PlannedIssues() {
    }

    /** The issues of the plan a definition makes; the Execute epic carries the definition itself. */
    public static List<PlannedIssue> of(ChaosDayDefinition definition, ChaosDayId id) {
        Map<String, Map<String, String>> kept = Map.of(DefinitionProperty.KEY, DefinitionProperty.toProperty(definition));
        return of(definition.plan(), id).stream()
                .map(p -> p.epic() && p.phase() == Phase.EXECUTE ? new PlannedIssue(p.phase(), true, p.issue().withProperties(kept)) : p)
                .toList();
    }

    public static List<PlannedIssue> of(ChaosDayPlan plan, ChaosDayId id) {
        List<PlannedIssue> issues = new ArrayList<>();
        for (PhasePlan phase : plan.phases()) {
            issues.add(new PlannedIssue(phase.phase(), true, new NewIssue(
                    IssueIdentity.ofEpic(id, phase.phase()), IssueKind.EPIC, phase.summary(),
                    describe(phase.text()), Optional.of(phase.due()), labels(phase.key()), Optional.empty())));
        }
        for (PhasePlan phase : plan.phases()) {
            for (Ticket ticket : phase.tickets()) {
                issues.add(new PlannedIssue(phase.phase(), false, new NewIssue(
                        new IssueIdentity(id, new Item.StepTicket(ticket.step(), ticket.team())), IssueKind.TASK, ticket.summary(),
                        describe(ticket), Optional.of(ticket.due()), labels(phase.key()), Optional.empty())));
            }
        }
        return issues;
    }

    private static List<String> labels(String phaseKey) {
        return List.of(CHAOS_DAY_LABEL, phaseLabel(phaseKey));
    }

    /** The label naming a phase, e.g. {@code chaos-day-phase-plan}. */
    public static String phaseLabel(String phaseKey) {
        return "chaos-day-phase-" + phaseKey;
    }

    private static List<TextBlock> describe(Ticket ticket) {
        List<TextBlock> blocks = new ArrayList<>(describe(ticket.text()));
        ticket.starts().ifPresent(start -> blocks.add(0, new TextBlock.Paragraph(
                "From " + start + " to " + ticket.due() + ".")));
        if (ticket.step() == Step.REVIEW || ticket.step() == Step.TEAM_OF_TEAMS) {
            blocks.addAll(ReviewDescription.template());
        }
        return blocks;
    }

    private static List<TextBlock> describe(TicketText text) {
        return List.of(new TextBlock.Paragraph(text.description()), new TextBlock.Checklist(text.checklist()));
    }
}
