package io.chaosday.tracker;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a Chaos Day needs from an issue tracker. Implemented over REST for the command line and
 * over Jira's Java API inside the plugin. Failures are {@link TrackerException}s.
 */
public interface IssueTracker {

    Optional<Project> findProject(String key);

    Project createProject(NewProject project);

    /** Every issue of the project that carries {@code label}, with its identity where it has one. */
    List<TrackedIssue> findIssues(String projectKey, String label);

    /**
     * Creates the issues, in as few requests as the tracker allows, and returns them in the same
     * order. Never retried blindly: after a failure the caller looks again with {@link #findIssues}.
     */
    List<TrackedIssue> createIssues(String projectKey, List<NewIssue> issues, Progress progress);

    void changeDueDates(List<DueDateChange> changes, Progress progress);

    /** Where a person opens the issue. */
    URI browse(String issueKey);
}
