package io.chaosday.pages;

import io.chaosday.review.Experiment;
import io.chaosday.site.JiraSite;
import java.util.List;

/**
 * One experiment: a short row of the review page's table (title, outcome, Agent, ticket) and its
 * card as details below the table, leaving out what the card does not say. Template view; not for callers.
 */
public record ExperimentRow(
        boolean hasIssue,
        IssueRef issue,
        String title,
        String owner,
        String team,
        Lozenge outcome,
        List<Field> details,
        String timeToDetect,
        String timeToRecover,
        String haltReason) {

    static ExperimentRow of(Experiment e, JiraSite jira) {
        return of(e, java.util.Optional.empty(), jira);
    }

    /** The row, with what the experiment's run log says when it has one: times to detect and recover, why it was halted. */
    static ExperimentRow of(Experiment e, java.util.Optional<io.chaosday.review.ExperimentRun> run, JiraSite jira) {
        IssueRef issue = e.key().map(k -> IssueRef.of(k, jira)).orElse(Views.NO_ISSUE);
        List<Field> details = Field.present(
                "Component", e.component(),
                "Failure: what", e.failure().what(),
                "Failure: where", e.failure().where(),
                "Failure: how", e.failure().how(),
                "Expected technical impact", e.expectedImpact().technical(),
                "Expected business impact", e.expectedImpact().business(),
                "Expected response", e.expectedResponse(),
                "Rollback", e.rollback(),
                "Isolation", e.isolation().label(),
                "Environment", e.environment());
        return new ExperimentRow(e.key().isPresent(), issue, e.title(), e.owner(), e.team(), Lozenge.of(e.outcome()), details,
                run.flatMap(io.chaosday.review.ExperimentRun::timeToDetect).map(io.chaosday.review.RunFigures::words).orElse(""),
                run.flatMap(io.chaosday.review.ExperimentRun::timeToRecover).map(io.chaosday.review.RunFigures::words).orElse(""),
                run.flatMap(io.chaosday.review.ExperimentRun::haltReason).orElse(""));
    }
}
