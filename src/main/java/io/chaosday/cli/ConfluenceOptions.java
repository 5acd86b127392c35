package io.chaosday.cli;

import io.chaosday.cli.ConnectionDefaults.Setting;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where Confluence is and how to sign in; the address defaults to CONFLUENCE_URL, then the config
 * file. The token itself never comes from an option or the config file.
 */
public final class ConfluenceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--confluence", paramLabel = "URL",
            description = "Base URL of Confluence, e.g. https://wiki.example.com/confluence or "
                    + "https://your-site.atlassian.net/wiki. Default: CONFLUENCE_URL, else 'confluence:' in the config file.")
    String url;

    @Option(names = "--confluence-token-file", paramLabel = "FILE",
            description = "File holding the Confluence token (first line). Default: CONFLUENCE_TOKEN "
                    + "(with CONFLUENCE_USER = your e-mail on Cloud).")
    Path tokenFile;

    private java.time.Duration maxTime = io.chaosday.http.RestClient.MAX_TIME;

    private URI resolved;

    /** Resolves the address against the defaults; call before {@link #uri()}. */
    URI uri(ConnectionDefaults defaults) {
        String text = defaults.resolve(Setting.CONFLUENCE, url).orElseThrow(() -> new UsageException(
                defaults.missing(Setting.CONFLUENCE, "URL") + "; or use --preview DIR to render the pages offline"));
        resolved = WebAddress.parse("--confluence", text);
        return resolved;
    }

    /** The address resolved by {@link #uri(ConnectionDefaults)}. */
    public URI uri() {
        if (resolved == null) {
            throw new IllegalStateException("the Confluence address is resolved before connecting");
        }
        return resolved;
    }

    /** Resolves the address, checks it against the Jira options' --allow-insecure-http, then connects. */
    io.chaosday.tracker.Wiki connect(ChaosDayCli root, JiraOptions jira) {
        PlainHttp.check("--confluence", uri(jira.defaults()), jira.allowInsecureHttp(), root.spec.commandLine().getErr());
        this.maxTime = jira.maxTime();
        return root.connections().confluence(this, root.environment());
    }

    /** The time all calls of one command may take together; set from the Jira options by {@link #connect}. */
    public java.time.Duration maxTime() {
        return maxTime;
    }

    public Path tokenFile() {
        return tokenFile;
    }
}
