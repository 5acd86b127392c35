package io.chaosday.cli;

import io.chaosday.cli.ConnectionDefaults.Setting;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where Jira is and how to sign in; the address and project default to the environment, then the
 * config file. The token itself never comes from an option or the config file.
 */
public final class JiraOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--jira", paramLabel = "URL",
            description = "Base URL of Jira, e.g. https://jira.example.com or https://your-site.atlassian.net. "
                    + "Default: JIRA_URL, else 'jira:' in the config file.")
    String url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the token (first line). Default: the JIRA_TOKEN environment variable. "
                    + "Data Center: a personal access token. Cloud: an API token, with JIRA_USER set to your e-mail.")
    Path tokenFile;

    @Option(names = "--project", paramLabel = "KEY",
            description = "Jira project key, e.g. CHAOS. Default: JIRA_PROJECT, else 'project:' in the config file.")
    String project;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Connection defaults (jira, project, confluence, space; never a token) from this YAML file. "
                    + "Default: " + ConnectionDefaults.FILE_NAME + " in the working folder, when there.")
    Path config;

    @Option(names = "--allow-insecure-http",
            description = "Allow a plain http:// address for a host other than this machine (the token then crosses the "
                    + "network unencrypted; a warning says so each time).")
    boolean allowInsecureHttp;

    @Option(names = "--max-time", paramLabel = "MINUTES", defaultValue = "15",
            description = "Give up after this many minutes of talking to Jira and Confluence, retries and waits "
                    + "included (default: ${DEFAULT-VALUE}).")
    int maxTimeMinutes;

    private ConnectionDefaults defaults;

    /** The defaults under these options: environment, then config file. Read once per run. */
    ConnectionDefaults defaults() {
        if (defaults == null) {
            ChaosDayCli root = root();
            defaults = ConnectionDefaults.read(root.environment(), Optional.ofNullable(config), root.workingDirectory());
        }
        return defaults;
    }

    private ChaosDayCli root() {
        return (ChaosDayCli) command.root().userObject();
    }

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
        String text = defaults().resolve(Setting.JIRA, url)
                .orElseThrow(() -> new UsageException(defaults().missing(Setting.JIRA, "URL")));
        return WebAddress.parse("--jira", text);
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
        String given = defaults().resolve(Setting.PROJECT, project)
                .orElseThrow(() -> new UsageException(defaults().missing(Setting.PROJECT, "KEY")));
        String key = given.strip().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{0,254}")) {
            throw new UsageException("--project '" + given + "' is not a Jira project key; keys start with a letter "
                    + "and hold letters, digits and '_', e.g. CHAOS");
        }
        return key;
    }
}
