package io.chaosday.cli;

import io.chaosday.http.CredentialSource;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Wiki;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connects to Jira and Confluence over REST, with credentials from the environment or a token
 * file; warnings about them go to the running command's error stream, or to a stream given.
 */
final class RestConnections implements Connections {

    private final Optional<PrintStream> warnings;

    /** Warnings go to the error stream of the command that connects. */
    RestConnections() {
        this.warnings = Optional.empty();
    }

    RestConnections(PrintStream warnings) {
        this.warnings = Optional.of(warnings);
    }

    @Override
    public IssueTracker jira(JiraOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("JIRA", environment, Optional.ofNullable(options.tokenFile()),
                warn(options.command.commandLine().getErr()));
        return JiraRestTracker.connect(RestClient.builder(options.uri(), credentials.credentials()).maxTime(options.maxTime()).build());
    }

    @Override
    public Wiki confluence(ConfluenceOptions options, Map<String, String> environment) {
        CredentialSource credentials = new CredentialSource("CONFLUENCE", environment, Optional.ofNullable(options.tokenFile()),
                warn(options.command.commandLine().getErr()));
        return ConfluenceRestWiki.connect(ConfluenceSite.at(options.uri()), credentials.credentials(), options.maxTime());
    }

    private Consumer<String> warn(PrintWriter commandErr) {
        return warning -> {
            String line = TerminalText.safe("warning: " + warning);
            if (warnings.isPresent()) {
                warnings.get().println(line);
            } else {
                commandErr.println(line);
            }
        };
    }
}
