package io.chaosday.rest.confluence;

import io.chaosday.link.Urls;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * One Confluence site: the address the user gave (with Data Center's context path, or Cloud's
 * {@code /wiki}) and whether it is Data Center or Cloud.
 *
 * <p>The kind is told from the host name, without a request: Confluence Cloud sites are
 * {@code <site>.atlassian.net}, and anything else is taken for Data Center. A Cloud site behind a
 * custom domain is named with {@link #cloud(URI)}.
 */
public record ConfluenceSite(URI base, Deployment deployment) {

    public enum Deployment {
        /** Confluence Data Center or Server: REST v1 for everything, personal access tokens (Bearer). */
        DATA_CENTER,
        /** Confluence Cloud: pages through REST v2, labels, properties and conversion through v1; e-mail + API token. */
        CLOUD
    }

    /** The host suffix of every Atlassian Cloud site. */
    static final String CLOUD_HOST_SUFFIX = ".atlassian.net";

    /** Confluence Cloud lives under this path of its site. */
    static final String CLOUD_PATH = "/wiki";

    /** The site at this address; Cloud when the host ends in {@code .atlassian.net}, Data Center otherwise. */
    public static ConfluenceSite at(URI address) {
        String host = Optional.ofNullable(address.getHost()).orElse("").toLowerCase(Locale.ROOT);
        return host.endsWith(CLOUD_HOST_SUFFIX) ? cloud(address) : dataCenter(address);
    }

    /** A Data Center site; the address keeps its context path, e.g. {@code https://host/confluence}. */
    public static ConfluenceSite dataCenter(URI address) {
        return new ConfluenceSite(withoutTrailingSlash(address), Deployment.DATA_CENTER);
    }

    /** A Cloud site; {@code https://site.atlassian.net} is taken to mean {@code https://site.atlassian.net/wiki}. */
    public static ConfluenceSite cloud(URI address) {
        URI base = withoutTrailingSlash(address);
        String path = Optional.ofNullable(base.getRawPath()).orElse("");
        if (path.isEmpty()) {
            base = URI.create(base + CLOUD_PATH);
        }
        return new ConfluenceSite(base, Deployment.CLOUD);
    }

    public boolean isCloud() {
        return deployment == Deployment.CLOUD;
    }

    private static URI withoutTrailingSlash(URI address) {
        return URI.create(Urls.withoutTrailingSlashes(address.toString()));
    }
}
