package io.chaosday.tracker;

import java.util.List;
import java.util.Optional;

/**
 * A project and the issues of it that carry one label, as read together at the start of a run.
 *
 * @param project the project; empty when the tracker has none of that key (or it cannot be seen)
 * @param issues  its issues with the label; empty when there is no project
 */
public record ProjectIssues(Optional<Project> project, List<TrackedIssue> issues) {

    public ProjectIssues {
        issues = List.copyOf(issues);
    }
}
