package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayPlan;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.NewIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira refuses a summary or a label longer than 255 characters. Every issue is checked before the
 * first is written, so a long team or Chaos Day name stops a run at the start, never half-way.
 */
public final class JiraLimits {

    /** Jira's limit for a summary and for a label, in characters. */
    public static final int MAX_LENGTH = 255;

    private JiraLimits() {
    }

    /**
     * Checks the issues the plan makes, as {@code create} would make them: for outputs that Jira
     * reads later (its CSV importer), refused as {@code create} refuses them, before anything is written.
     */
    public static void check(ChaosDayPlan plan) {
        check(PlannedIssues.of(plan, ChaosDayId.fromName(plan.name())).stream().map(PlannedIssue::issue).toList());
    }

    static void check(List<NewIssue> issues) {
        for (NewIssue issue : issues) {
            if (issue.summary().length() > MAX_LENGTH) {
                throw tooLong("summary", issue, issue.summary());
            }
            List<String> labels = new ArrayList<>(issue.labels());
            labels.add(issue.identity().label());
            for (String label : labels) {
                if (label.length() > MAX_LENGTH) {
                    throw tooLong("label", issue, label);
                }
            }
        }
    }

    private static WorkflowException tooLong(String field, NewIssue issue, String text) {
        return new WorkflowException(new WorkflowFailure.TooLongForJira(field, issue.identity().item().key(), text.length(), MAX_LENGTH));
    }
}
