package io.chaosday.review.confluence;

import io.chaosday.review.Experiment;

/** One experiment as a row of the review page's table. Template view; not for callers. */
public record ExperimentRow(
        boolean hasIssue,
        IssueRef issue,
        String title,
        String component,
        String failureWhat,
        String failureWhere,
        String failureHow,
        String technicalImpact,
        String businessImpact,
        String expectedResponse,
        String rollback,
        String isolation,
        String environment,
        String owner,
        String team,
        String outcome) {

    static ExperimentRow of(Experiment e, JiraSite jira) {
        IssueRef issue = e.key().map(k -> IssueRef.of(k, jira)).orElse(Views.NO_ISSUE);
        return new ExperimentRow(e.key().isPresent(), issue, e.title(), e.component(),
                e.failure().what(), e.failure().where(), e.failure().how(),
                e.expectedImpact().technical(), e.expectedImpact().business(),
                e.expectedResponse(), e.rollback(), e.isolation().label(), e.environment(), e.owner(), e.team(),
                e.outcome().label());
    }
}
