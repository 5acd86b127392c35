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

    public Path tokenFile() {
        return tokenFile;
    }
}
