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

    @Option(names = "--allow-insecure-http",
            description = "Allow a plain http:// address for a host other than this machine (the token then crosses the "
                    + "network unencrypted; a warning says so each time).")
    boolean allowInsecureHttp;

    @Option(names = "--max-time", paramLabel = "MINUTES", defaultValue = "15",
            description = "Give up after this many minutes of talking to Jira and Confluence, retries and waits "
                    + "included (default: ${DEFAULT-VALUE}).")
    int maxTimeMinutes;

    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** The time all calls of one command may take together. */
    public java.time.Duration maxTime() {
        if (maxTimeMinutes < 1 || maxTimeMinutes > 24 * 60) {
            throw new UsageException("--max-time " + maxTimeMinutes + " is not a number of minutes from 1 to 1440");
        }
        return java.time.Duration.ofMinutes(maxTimeMinutes);
    }

    public URI uri() {
        return WebAddress.parse("--jira", url);
    }

    /** Checks the address (bad input is reported before anything is sent), then connects. */
    public io.chaosday.tracker.IssueTracker connect(ChaosDayCli root) {
        PlainHttp.check("--jira", uri(), allowInsecureHttp, root.spec.commandLine().getErr());
        maxTime();
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
