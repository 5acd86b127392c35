package io.chaosday.rest;

import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of a bulk create: every issue created, or, when Jira refused some, one REJECTED failure
 * naming each refusal in Jira's words and the keys it did create (found again on the next run by
 * their identity, so never created twice).
 */
final class CreatedIssues {

    private CreatedIssues() {
    }

    static List<TrackedIssue> orRefusals(String projectKey, IssueTypes types, List<BulkCreate.Outcome> outcomes) {
        List<TrackedIssue> created = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (BulkCreate.Outcome outcome : outcomes) {
            NewIssue issue = outcome.issue();
            if (outcome.key().isPresent()) {
                java.util.Map<String, java.util.Map<String, String>> properties = new java.util.HashMap<>(issue.properties());
                properties.put(io.chaosday.tracker.IssueIdentity.PROPERTY_KEY,
                        java.util.Map.of("chaosDay", issue.identity().chaosDay().value(), "item", issue.identity().item().key()));
                created.add(new TrackedIssue(outcome.key().get(), Optional.of(issue.identity()), issue.kind(),
                        issue.summary(), issue.due(), false, "", Optional.empty(), issue.epicKey(),
                        java.util.Set.copyOf(IssueFields.labels(issue, types)), properties, Optional.empty()));
            } else {
                refused.add("\"" + issue.summary() + "\" (" + issue.identity().item().key() + "): " + outcome.refusal());
            }
        }
        if (!refused.isEmpty()) {
            List<String> keys = created.stream().map(TrackedIssue::key).toList();
            throw new TrackerException(TrackerException.Kind.REJECTED, "Jira refused " + refused.size() + " of "
                    + outcomes.size() + " issues in " + projectKey + ": " + String.join("; ", refused)
                    + (keys.isEmpty() ? "" : ". It created " + String.join(", ", keys)
                    + ", which a new run finds again and does not create twice"));
        }
        return created;
    }
}
