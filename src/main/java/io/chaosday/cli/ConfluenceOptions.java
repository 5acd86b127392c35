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

    public URI uri() {
        if (url == null) {
            throw new UsageException("--confluence URL is missing; give it, or use --preview DIR to render the pages offline");
        }
        return WebAddress.parse("--confluence", url);
    }

    public Path tokenFile() {
        return tokenFile;
    }
}
