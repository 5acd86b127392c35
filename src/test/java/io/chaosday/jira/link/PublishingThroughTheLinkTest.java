package io.chaosday.jira.link;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.http.Credentials;
import io.chaosday.rest.OpenApiContract;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WikiPage;
import org.junit.Rule;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The command line's Confluence adapter, unchanged, publishing through the application link: the same
 * requests (checked against Atlassian's Confluence Data Center document) and markers; the
 * link authenticates, we add no token; an unauthorised link surfaces its authorisation address.
 */
public class PublishingThroughTheLinkTest {

    private static final String CONTENT = "/confluence/rest/api/content";
    private static final String PAGE = CONTENT + "/123456";
    private static final String MARKER = PAGE + "/property/io.chaosday.published";
    private static final PublishMarker FIRST = new PublishMarker(1, "aa11", "CHAOS-12");
    private static final URI AUTHORISE = ApplicationLinkTransportTest.AUTHORISE;

    @Rule
    public final ContractCheckedWireMock confluence = new ContractCheckedWireMock(OpenApiContract.confluenceDataCenter("/confluence"));

    private ConfluenceRestWiki wiki(HttpBackedLinkRequests requests) {
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
        RestClient client = RestClient.builder(URI.create(confluence.base() + "/confluence"),
                        new Credentials.ApplicationLink("Team wiki"))
                .transport(new ApplicationLinkTransport(requests, "Team wiki", timeouts))
                .timeouts(timeouts).sleeper(wait -> { }).build();
        return ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER);
    }

    private HttpBackedLinkRequests link() {
        return new HttpBackedLinkRequests(URI.create(confluence.base() + "/confluence"), AUTHORISE);
    }

    @Test
    public void aPageIsReadWithItsMarkerAsTheCommandLineReadsIt() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));

        WikiPage page = wiki(link()).findPage("123456").orElseThrow();

        assertEquals(4, page.version());
        assertTrue(page.marker().isPresent());
        assertEquals(URI.create(confluence.base() + "/confluence/pages/viewpage.action?pageId=123456"), page.link());
        for (LoggedRequest request : confluence.received()) {
            assertNull("the link authenticates; we send no token", request.getHeader("Authorization"));
        }
    }

    @Test
    public void aNewPageGetsItsMarkerThroughTheLink() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(okJson(fixture("dc-page-created.json"))));
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT + "/123999/property")).willReturn(okJson("{}")));

        WikiPage page = wiki(link()).createPage(new NewPage("CHAOS", Optional.of("98306"), "PIR: payments lose their database",
                "<p>The primary database was stopped at 10:02.</p>", List.of("chaos-day", "pir"), FIRST));

        assertEquals("123999", page.id());
        assertEquals(Optional.of(FIRST), page.marker());
        assertEquals(List.of(CONTENT, CONTENT + "/123999/property"),
                confluence.received().stream().map(LoggedRequest::getUrl).map(u -> u.replaceAll("\\?.*", "")).toList());
    }

    @Test
    public void aPersonWhoHasNotAuthorisedTheLinkGetsItsAuthorisationAddress() {
        ConfluenceAuthorisationRequired e = assertThrows(ConfluenceAuthorisationRequired.class,
                () -> wiki(link().withoutCredentials()).findPage("123456"));

        assertEquals(AUTHORISE, e.authorisationUri());
        assertTrue(confluence.received().isEmpty());
    }

    @Test
    public void anOAuthChallengeFromConfluenceAlsoLeadsToTheAuthorisationAddress() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "OAuth realm=\"" + confluence.base() + "\"")));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        ConfluenceAuthorisationRequired e = assertThrows(ConfluenceAuthorisationRequired.class,
                () -> wiki(link()).findPage("123456"));

        assertEquals(AUTHORISE, e.authorisationUri());
    }

    @Test
    public void aRefusedLinkIsWordedAsTheLinkNotAToken() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(401)));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki(link()).findPage("123456"));

        assertTrue(e.getMessage(), e.getMessage().contains("Jira's application link \"Team wiki\""));
        assertTrue(e.getMessage(), e.getMessage().contains("Application links"));
    }

    private static String fixture(String name) {
        try (InputStream in = PublishingThroughTheLinkTest.class.getResourceAsStream("/confluence/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
