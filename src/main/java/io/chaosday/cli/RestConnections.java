package io.chaosday.cli;

import io.chaosday.tracker.IssueTracker;
import java.util.Map;

/** Connects to Jira and Confluence over REST. */
final class RestConnections implements Connections {

    @Override
    public IssueTracker jira(JiraOptions options, Map<String, String> environment) {
        throw new CommandFailure("talking to Jira over REST is not available in this build");
    }

    @Override
    public io.chaosday.tracker.Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
        throw new CommandFailure("talking to Confluence over REST is not available in this build");
    }
}
