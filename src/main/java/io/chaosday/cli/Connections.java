package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import java.util.Map;

/** Opens the trackers the commands talk to; tests substitute their own. */
public interface Connections {

    IssueTracker jira(JiraOptions options, Map<String, String> environment);

    io.chaosday.tracker.Wiki confluence(ConfluenceOptions options, Map<String, String> environment);
}
