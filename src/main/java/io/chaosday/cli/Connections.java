package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import java.util.Map;

/** Opens the trackers the commands talk to; tests substitute their own. */
public interface Connections {

    IssueTracker jira(JiraOptions options, Map<String, String> environment);

    io.chaosday.tracker.Wiki confluence(ConfluenceOptions options, Map<String, String> environment);

    /** How the commands wait for Jira to catch up with their writes; tests let the time pass instead. */
    default io.chaosday.workflow.Pause pause() {
        return io.chaosday.workflow.Pause.REAL;
    }
}
