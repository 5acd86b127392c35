package io.chaosday.site;

import io.chaosday.review.IssueKey;
import io.chaosday.link.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jira site: where the issues live, so pages and messages can point at them, through the Jira
 * macro when Confluence has an application link to this Jira, or as plain links to its web pages
 * otherwise. The REST adapters talk to it through {@code io.chaosday.rest.JiraApi}.
 *
 * @param base    Jira's base URL, e.g. https://jira.example.com or https://jira.example.com/jira
 * @param appLink Confluence's application link to it, when there is one
 */
public record JiraSite(URI base, Optional<JiraLink> appLink) {

    public JiraSite {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(appLink, "appLink");
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        // The base ends up in href attributes: only a web address may get there.
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getRawAuthority() == null) {
            throw new IllegalArgumentException("Jira's base URL must be an http(s) address, not '" + base + "'");
        }
    }

    public static JiraSite linked(URI base, JiraLink link) {
        return new JiraSite(base, Optional.of(link));
    }

    public static JiraSite unlinked(URI base) {
        return new JiraSite(base, Optional.empty());
    }

    /** The issue's page: {@code <base>/browse/KEY}. */
    public URI browse(IssueKey key) {
        return browse(key.value());
    }

    /** An issue's or a project's page, {@code <base>/browse/KEY}, with the key encoded as one path segment. */
    public URI browse(String key) {
        return Urls.path("browse").segment(key).resolve(base);
    }

    /** Any other address on this Jira, such as a REST resource or a servlet, under its context path. */
    public URI at(Urls.Path path) {
        return path.resolve(base);
    }

    /** Jira's issue navigator showing what the query finds. */
    public URI search(String jql) {
        return at("/issues/", "jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8));
    }

    private URI at(String path, String encodedQuery) {
        String basePath = base.getRawPath() == null ? "" : Urls.withoutTrailingSlashes(base.getRawPath());
        try {
            URI page = new URI(base.getScheme(), base.getRawAuthority(), null, null, null)
                    .resolve(basePath + path);
            // The query is already percent-encoded; the URI constructors would encode it again.
            return encodedQuery == null ? page : URI.create(page.toASCIIString() + "?" + encodedQuery);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot build a Jira address from '" + base + "'", e);
        }
    }
}
