package io.chaosday.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Confluence is and how to sign in. The token itself never comes from an option. */
public final class ConfluenceOptions {

    @Option(names = "--confluence", paramLabel = "URL",
            description = "Base URL of Confluence, e.g. https://wiki.example.com/confluence or https://your-site.atlassian.net/wiki.")
    String url;

    @Option(names = "--confluence-token-file", paramLabel = "FILE",
            description = "File holding the Confluence token (first line). Default: CONFLUENCE_TOKEN "
                    + "(with CONFLUENCE_USER = your e-mail on Cloud).")
    Path tokenFile;

    private java.time.Duration maxTime = io.chaosday.rest.RestClient.MAX_TIME;

    public URI uri() {
        if (url == null) {
            throw new UsageException("--confluence URL is missing; give it, or use --preview DIR to render the pages offline");
        }
        return WebAddress.parse("--confluence", url);
    }

    /** Checks the address against the Jira options' --allow-insecure-http, then connects. */
    io.chaosday.tracker.Wiki connect(ChaosDayCli root, JiraOptions jira) {
        PlainHttp.check("--confluence", uri(), jira.allowInsecureHttp(), root.spec.commandLine().getErr());
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
