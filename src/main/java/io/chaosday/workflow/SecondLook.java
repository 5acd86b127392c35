package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackerException;

/**
 * Before creating what a search did not find, a second look must agree with it: a search node
 * whose index lags, or one answering for a moment from an index being rebuilt, must not make us
 * create a Chaos Day's issues again. A count that differs is a failure that leaves the outcome
 * unknown, so {@link ReadThenWrite} reads again instead of writing.
 */
final class SecondLook {

    private SecondLook() {
    }

    static void confirm(IssueTracker tracker, String projectKey, ChaosDayIssues found) {
        int now = tracker.countIssues(projectKey, found.id().label());
        if (now != found.seen()) {
            throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "Jira's search found " + found.seen()
                    + " issues of the Chaos Day and, a moment later, " + now + "; until two looks agree nothing is"
                    + " created. If it recurs, ask the Jira administrator to check the site's search index");
        }
    }
}
