package io.chaosday.cli;

import io.chaosday.link.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks a site address the user typed, so a typo fails here and not as a network error. */
final class WebAddress {

    private WebAddress() {
    }

    static URI parse(String option, String text) {
        try {
            URI uri = new URI(Urls.withoutTrailingSlashes(text.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new UsageException(option + " '" + masked(text) + "' is not a web address; give it as https://host[/context]");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new UsageException(option + " '" + masked(text) + "' has a query or fragment ('?' or '#'); give only the"
                        + " site's address, as https://host[/context]");
            }
            if (uri.getUserInfo() != null) {
                throw new UsageException(option + " must not carry a user name or password; use the environment or --token-file");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(option + " '" + masked(text) + "' is not a web address; give it as https://host[/context]");
        }
    }

    /**
     * The address as it may be shown: a password inside it ({@code https://user:secret@host}) is
     * replaced by {@code ****} wherever the address is printed, in help and in failures alike.
     */
    static String masked(String address) {
        return address.replaceAll("(?<=://)([^/@:?#]*):[^/@?#]*@", "$1:****@");
    }
}
