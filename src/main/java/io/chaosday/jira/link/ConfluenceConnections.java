package io.chaosday.jira.link;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.sal.api.net.Request;
import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.tracker.Wiki;

import java.net.URI;
import java.util.Optional;

/**
 * Which Confluence the plugin publishes to, for the person asking: the primary Confluence application
 * link when there is one, else the address and token an administrator set. Either way the wiki is the
 * command line's {@link ConfluenceRestWiki}; only its transport differs. Holds nothing between calls.
 */
public final class ConfluenceConnections implements ConfluenceForPublishing {

    /** Where "origin" words a refused fallback token: the admin page, not an environment variable. */
    static final String FALLBACK_ORIGIN = "the Chaos Day plugin's Confluence settings";

    /** A cheap request that is never sent: creating it is enough to learn whether the person must authorise first. */
    private static final String PROBE = "/rest/api/space?limit=1";

    /** The command line's defaults: a slow Confluence is told apart from a dead one the same way in both hosts. */
    private static final Timeouts TIMEOUTS = Timeouts.DEFAULT;

    private final ApplicationLinkService links;
    private final FallbackSettings fallback;

    /** The one constructor, so Spring's constructor autowiring has exactly one choice. */
    public ConfluenceConnections(ApplicationLinkService links, FallbackSettings fallback) {
        this.links = links;
        this.fallback = fallback;
    }

    /** How publishing stands: its state, a name to show and the address that goes with the state. */
    public record Target(State state, String name, URI url) {
    }

    public enum State { LINKED, AUTHORISATION_NEEDED, FALLBACK, NOT_CONFIGURED }

    /** Where publishing would go for the person asking now. */
    @Override
    public Target target() {
        Optional<ApplicationLink> link = primaryLink();
        if (link.isPresent()) {
            ApplicationLinkRequestFactory requests = link.get().createAuthenticatedRequestFactory();
            try {
                requests.createRequest(Request.MethodType.GET, PROBE);
                return new Target(State.LINKED, link.get().getName(), link.get().getDisplayUrl());
            } catch (CredentialsRequiredException e) {
                return new Target(State.AUTHORISATION_NEEDED, link.get().getName(), e.getAuthorisationURI());
            }
        }
        return fallback.address().map(base -> new Target(State.FALLBACK, base.getHost(), base))
                .orElseGet(() -> new Target(State.NOT_CONFIGURED, "", null));
    }

    /** The wiki to publish to, when there is one; an unauthorised link still answers and its calls raise {@link ConfluenceAuthorisationRequired}. */
    @Override
    public Optional<Wiki> wiki() {
        Optional<ApplicationLink> link = primaryLink();
        if (link.isPresent()) {
            String name = link.get().getName();
            RestClient client = RestClient.builder(link.get().getDisplayUrl(), new Credentials.ApplicationLink(name))
                    .transport(new ApplicationLinkTransport(link.get().createAuthenticatedRequestFactory(), name, TIMEOUTS))
                    .timeouts(TIMEOUTS)
                    .build();
            return Optional.of(ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER));
        }
        return fallback.read().map(settings -> ConfluenceRestWiki.connect(ConfluenceSite.at(settings.base()),
                new Credentials.Bearer(settings.token(), FALLBACK_ORIGIN)));
    }

    @Override
    public java.util.List<String> fallbackSpaces() {
        return fallback.spaces();
    }

    /** Confluence's own address, where published pages are read: the link's display address or the fallback's. */
    public Optional<URI> address() {
        Optional<ApplicationLink> link = primaryLink();
        return link.isPresent() ? Optional.ofNullable(link.get().getDisplayUrl()) : fallback.address();
    }

    private Optional<ApplicationLink> primaryLink() {
        return Optional.ofNullable(links.getPrimaryApplicationLink(ConfluenceApplicationType.class));
    }
}
