package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.site.JiraSite;
import io.chaosday.link.Urls;
import io.chaosday.tracker.TrackerException;

import java.net.URI;

/**
 * How to talk to one {@link JiraSite}: whether it is Data Center (REST v2) or Cloud (REST v3). The
 * site is the address the user gave, not the one Jira reports, which is often an internal name
 * behind a proxy; its rules for addresses and links are the site's own.
 */
public record JiraApi(JiraSite site, Deployment deployment) {

    public enum Deployment {
        /** Jira Data Center or Server: REST v2, Epic Name / Epic Link custom fields, Bearer tokens. */
        DATA_CENTER,
        /** Jira Cloud: REST v3, {@code parent} for epics' children, e-mail + API token. */
        CLOUD
    }

    /** The site at {@code base}, e.g. {@code https://jira.example.com/jira}. */
    public JiraApi(URI base, Deployment deployment) {
        this(JiraSite.unlinked(base), deployment);
    }

    static final Urls.Path SERVER_INFO = Urls.path("rest", "api", "2", "serverInfo");

    /**
     * Asks {@code GET /rest/api/2/serverInfo}, which both kinds answer; its {@code deploymentType} is
     * "Cloud" on Cloud and "Server" (or "DataCenter") otherwise — see GitLab's issue 229223 for both answers.
     */
    public static JiraApi detect(RestClient client) {
        JiraFailures failures = new JiraFailures(client.credentials());
        JsonNode info;
        try {
            info = client.get(SERVER_INFO);
        } catch (RestException e) {
            WrongProduct.of(e, WrongProduct.Product.JIRA).ifPresent(wrong -> {
                throw wrong;
            });
            if (e.reason() == RestException.Reason.STATUS && e.status() == 404) {
                throw notJira(client.base(), e.status() + " from " + SERVER_INFO);
            }
            throw failures.translate(e, "the server information", "none: serverInfo is open to everyone");
        }
        String type = info.path("deploymentType").asText("");
        if (type.isEmpty()) {
            // DC's document declares no fields for serverInfo, Cloud's declares deploymentType: a Jira
            // that names its version but not its kind is taken for Data Center.
            if (info.path("version").asText("").isEmpty()) {
                throw notJira(client.base(), "neither deploymentType nor version in " + SERVER_INFO);
            }
            return new JiraApi(client.base(), Deployment.DATA_CENTER);
        }
        return new JiraApi(client.base(), type.equalsIgnoreCase("Cloud") ? Deployment.CLOUD : Deployment.DATA_CENTER);
    }

    /**
     * The site's kind when the credentials already say it, without a request: a personal access
     * token (sent as Bearer) is Data Center's, as a Cloud site takes its API tokens only with an
     * e-mail address. Atlassian's own hosts are asked all the same: OAuth reaches Cloud with Bearer
     * tokens through them. A wrong guess cannot go unnoticed: Cloud refuses a personal access token
     * on the first request, and {@link JiraRestTracker} then asks {@link #detect} to explain. An
     * e-mail and API token on an {@code *.atlassian.net} address is Cloud without asking.
     */
    static java.util.Optional<JiraApi> fromCredentials(URI base, Credentials credentials) {
        String host = base.getHost() == null ? "" : base.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean cloudSite = host.endsWith(".atlassian.net");
        boolean atlassians = cloudSite || host.equals("atlassian.net")
                || host.equals("atlassian.com") || host.endsWith(".atlassian.com");
        if (credentials instanceof Credentials.Basic && cloudSite) {
            // every *.atlassian.net site is Jira Cloud, and an e-mail with an API token is how it signs in
            return java.util.Optional.of(new JiraApi(base, Deployment.CLOUD));
        }
        return credentials instanceof Credentials.Bearer && !atlassians
                ? java.util.Optional.of(new JiraApi(base, Deployment.DATA_CENTER)) : java.util.Optional.empty();
    }

    static TrackerException notJira(URI base, String what) {
        return new TrackerException(TrackerException.Kind.UNSUPPORTED, base + " does not look like Jira (got " + what + ")");
    }

    /** The address the user gave. */
    public URI base() {
        return site.base();
    }

    public boolean isCloud() {
        return deployment == Deployment.CLOUD;
    }

    /** A platform REST path in this site's version: {@code /rest/api/2/...} or {@code /rest/api/3/...}. */
    Urls.Path api(String... segments) {
        Urls.Path path = Urls.path("rest", "api", isCloud() ? "3" : "2");
        for (String segment : segments) {
            path = path.segment(segment);
        }
        return path;
    }

    /** Where a person opens an issue or a project. */
    URI browse(String key) {
        return site.browse(key);
    }
}
