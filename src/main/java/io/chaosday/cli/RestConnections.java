package io.chaosday.cli;

import io.chaosday.rest.CredentialSource;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.rest.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Wiki;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * Connects to Jira and Confluence over REST, with credentials from the environment or a token
 * file; warnings about them go to the running command's error stream.
 */
final class RestConnections implements Connections {

    @Override
    public IssueTracker jira(JiraOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("JIRA", environment, Optional.ofNullable(options.tokenFile()),
                warning -> warn(options.command.commandLine().getErr(), warning));
        return JiraRestTracker.connect(RestClient.builder(options.uri(), credentials.credentials()).build());
    }

    @Override
    public Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("CONFLUENCE", environment, Optional.ofNullable(options.tokenFile()),
                warning -> warn(options.command.commandLine().getErr(), warning));
        return ConfluenceRestWiki.connect(ConfluenceSite.at(options.uri()), credentials.credentials());
    }

    private static void warn(PrintWriter err, String warning) {
        err.println("warning: " + warning);
    }
}
