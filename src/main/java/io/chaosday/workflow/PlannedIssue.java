package io.chaosday.workflow;

import io.chaosday.plan.Phase;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.NewIssue;
import java.time.LocalDate;

/** One issue the plan asks for: an epic or a ticket, with the phase it belongs to. */
public record PlannedIssue(Phase phase, boolean epic, NewIssue issue) {

    public IssueIdentity identity() {
        return issue.identity();
    }

    public LocalDate due() {
        return issue.due().orElseThrow();
    }
}
