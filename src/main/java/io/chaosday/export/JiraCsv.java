package io.chaosday.export;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.plan.PhasePlan;
import io.chaosday.plan.Ticket;
import io.chaosday.plan.TicketText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.Item;
import io.chaosday.workflow.JiraLimits;
import io.chaosday.workflow.PlannedIssues;

/**
 * The plan as a file for Jira's CSV importer: one Epic row per phase, then one Task row per
 * ticket, each linked to its epic twice so that the same file works on both kinds of Jira.
 * Epics come first because Cloud's importer only links a child to a parent it has already created.
 *
 * <p>In the importer wizard (Jira Data Center: System &gt; External System Import &gt; CSV; Jira
 * Cloud: Settings &gt; System &gt; External System Import &gt; CSV) set <b>Date format</b> to
 * {@code yyyy-MM-dd} and the file encoding to UTF-8, then map the columns:
 * <ul>
 *   <li>both: Issue Type, Summary, Description, Due Date and Labels to the fields of the same
 *       name; the three Labels columns all go to Labels (Jira takes one label per column);
 *   <li>Data Center: Issue Id to "Issue Id", Epic Name to "Epic Name", Epic Link to "Epic Link"
 *       (Data Center links a child to the epic whose Epic Name it gives), and leave Parent Id
 *       unmapped (there it means the parent of a sub-task);
 *   <li>Cloud: Issue Id to "Issue ID" and Parent Id to "Parent" (the Issue Id of the epic, the
 *       way Atlassian's "CSV import parent-child mapping" article describes); leave Epic Name and
 *       Epic Link unmapped, as Cloud retired those fields in favour of Parent.
 * </ul>
 * Issue Id is a number that only lives inside this file. The Description is the paragraph then
 * the checklist as Jira wiki markup bullets; texts are passed through as they are, so a plan file
 * may use wiki markup on purpose.
 */
public final class JiraCsv implements PlanRenderer {

    /** The format the importer wizard must be told: {@code yyyy-MM-dd}. */
    public static final String DATE_FORMAT = "yyyy-MM-dd";

    static final List<String> HEADER = List.of("Issue Id", "Parent Id", "Issue Type", "Summary", "Description",
            "Due Date", "Labels", "Labels", "Labels", "Labels", "Epic Name", "Epic Link");

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern(DATE_FORMAT);

    @Override
    public String render(ChaosDayPlan plan, LocalDate today) {
        // Jira's importer refuses a row whose summary or label is too long: the whole file is refused here instead.
        JiraLimits.check(plan);
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        // The labels 'chaosday create' gives: imported issues are then found, moved and counted like created ones.
        ChaosDayId chaosDay = ChaosDayId.fromName(plan.name());
        int id = 0;
        List<Integer> epicIds = new ArrayList<>();
        for (PhasePlan phase : plan.phases()) {
            epicIds.add(++id);
            IssueIdentity identity = IssueIdentity.ofEpic(chaosDay, phase.phase());
            out.append(Csv.record(List.of(String.valueOf(id), "", "Epic", phase.summary(),
                    description(phase.text()), DUE.format(phase.due()), PlannedIssues.CHAOS_DAY_LABEL, chaosDay.label(),
                    PlannedIssues.phaseLabel(phase.key()), identity.label(), phase.summary(), "")));
        }
        for (int p = 0; p < plan.phases().size(); p++) {
            PhasePlan phase = plan.phases().get(p);
            for (Ticket ticket : phase.tickets()) {
                IssueIdentity identity = new IssueIdentity(chaosDay, new Item.StepTicket(ticket.step(), ticket.team()));
                out.append(Csv.record(List.of(String.valueOf(++id), String.valueOf(epicIds.get(p)), "Task",
                        ticket.summary(), description(ticket.text()), DUE.format(ticket.due()), PlannedIssues.CHAOS_DAY_LABEL,
                        chaosDay.label(), PlannedIssues.phaseLabel(phase.key()), identity.label(), "", phase.summary())));
            }
        }
        return out.toString();
    }

    /** The paragraph, a blank line, then one {@code * item} bullet per checklist entry. */
    static String description(TicketText text) {
        StringBuilder out = new StringBuilder(text.description().strip());
        if (!text.checklist().isEmpty()) {
            out.append(out.length() == 0 ? "" : "\n\n");
            text.checklist().forEach(item -> out.append("* ").append(item.strip()).append('\n'));
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
