package io.chaosday.workflow;

import io.chaosday.tracker.TrackedIssue;
import java.util.Comparator;

/** Issue keys in the order the tracker handed them out: the number after the project key. */
final class IssueKeys {

    /** Jira numbers a project's issues from one counter, so a lower number was created earlier. */
    static final Comparator<TrackedIssue> CREATION_ORDER =
            Comparator.comparingLong((TrackedIssue i) -> number(i.key())).thenComparing(TrackedIssue::key);

    private IssueKeys() {
    }

    static TrackedIssue earlier(TrackedIssue a, TrackedIssue b) {
        return CREATION_ORDER.compare(a, b) <= 0 ? a : b;
    }

    static long number(String key) {
        int dash = key.lastIndexOf('-');
        try {
            return Long.parseLong(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not a tracker key: never preferred over one that is
        }
    }
}
