package io.chaosday.pages;

import io.chaosday.review.Improvement;
import io.chaosday.site.JiraSite;

/** One improvement as a row of the review page's table. Template view; not for callers. */
public record ImprovementRow(boolean hasIssue, IssueRef issue, String summary, String owner, String due,
        Lozenge state) {

    static ImprovementRow of(Improvement i, JiraSite jira) {
        IssueRef issue = i.issueKey().map(k -> IssueRef.of(k, jira)).orElse(Views.NO_ISSUE);
        Lozenge state = i.done() ? new Lozenge("Done", "Green")
                : i.issueKey().isEmpty() ? new Lozenge(i.owner().isBlank() ? "Needs an owner" : "No ticket yet", "Grey")
                : new Lozenge("Open", "Blue");
        return new ImprovementRow(i.issueKey().isPresent(), issue, i.summary(), i.owner(),
                i.due().map(Object::toString).orElse(""), state);
    }
}
