package io.chaosday.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where Jira is and how to sign in. The token itself never comes from an option. */
public final class JiraOptions {

    @Option(names = "--jira", paramLabel = "URL", required = true,
            description = "Base URL of Jira, e.g. https://jira.example.com or https://your-site.atlassian.net.")
    String url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the token (first line). Default: the JIRA_TOKEN environment variable. "
                    + "Data Center: a personal access token. Cloud: an API token, with JIRA_USER set to your e-mail.")
    Path tokenFile;

    @Option(names = "--project", paramLabel = "KEY", required = true, description = "Jira project key, e.g. CHAOS.")
    String project;

    public URI uri() {
        return WebAddress.parse("--jira", url);
    }

    /** Checks the address (bad input is reported before anything is sent), then connects. */
    public io.chaosday.tracker.IssueTracker connect(ChaosDayCli root) {
        uri();
        return root.connections().jira(this, root.environment());
    }

    public Path tokenFile() {
        return tokenFile;
    }

    public String projectKey() {
        String key = project.strip().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{0,254}")) {
            throw new UsageException("--project '" + project + "' is not a Jira project key; keys start with a letter "
                    + "and hold letters, digits and '_', e.g. CHAOS");
        }
        return key;
    }
}
