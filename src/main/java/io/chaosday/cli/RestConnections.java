package io.chaosday.cli;

import io.chaosday.rest.CredentialSource;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Wiki;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** Connects to Jira and Confluence over REST, with credentials from the environment or a token file. */
final class RestConnections implements Connections {

    private final PrintStream warnings;

    RestConnections(PrintStream warnings) {
        this.warnings = warnings;
    }

    @Override
    public IssueTracker jira(JiraOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("JIRA", environment, Optional.ofNullable(options.tokenFile()),
                warning -> warnings.println(TerminalText.safe("warning: " + warning)));
        return JiraRestTracker.connect(RestClient.builder(options.uri(), credentials.credentials()).maxTime(options.maxTime()).build());
    }

    @Override
    public Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("CONFLUENCE", environment, Optional.ofNullable(options.tokenFile()),
                warning -> warnings.println(TerminalText.safe("warning: " + warning)));
        return ConfluenceRestWiki.connect(ConfluenceSite.at(options.uri()), credentials.credentials(), options.maxTime());
    }
}
