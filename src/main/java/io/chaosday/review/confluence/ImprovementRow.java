package io.chaosday.review.confluence;

import io.chaosday.review.Improvement;

/** One improvement as a row of the review page's table. Template view; not for callers. */
public record ImprovementRow(boolean hasIssue, IssueRef issue, String summary, String owner, String due,
        String state) {

    static ImprovementRow of(Improvement i, JiraSite jira) {
        IssueRef issue = i.issueKey().map(k -> IssueRef.of(k, jira)).orElse(Views.NO_ISSUE);
        return new ImprovementRow(i.issueKey().isPresent(), issue, i.summary(), i.owner(),
                i.due().map(Object::toString).orElse("Not set"), i.done() ? "Done" : "Open");
    }
}
