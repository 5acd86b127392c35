package io.chaosday.rest.confluence;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.chaosday.rest.ContractCheckedWireMock;
import io.chaosday.http.RecordingSleeper;
import io.chaosday.rest.Secrets;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WikiPage;
import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.chaosday.rest.confluence.ConfluenceServers.fixture;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/**
 * The wiki against Confluence Cloud: pages through REST v2, labels, properties, users and conversion
 * through v1; every request checked against the v2 or v1 OpenAPI document its path belongs to.
 */
public class ConfluenceCloudWikiTest {

    private static final String PAGES = "/wiki/api/v2/pages";
    private static final String PAGE = PAGES + "/98765";
    private static final String SPACES = "/wiki/api/v2/spaces";
    private static final String MARKER = "/wiki/rest/api/content/98765/property/io.chaosday.published";
    private static final String NEW_MARKER = "/wiki/rest/api/content/98765/property/io-chaosday-published";
    private static final String USER = "/wiki/rest/api/user";
    private static final PublishMarker LESSONS = new PublishMarker(1, "cc33", "lessons/2026-12-03");

    @Rule
    public final ContractCheckedWireMock confluence = ConfluenceServers.cloud();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aPageIsReadThroughV2WithItsSpaceKeyTheEditorsNameAndOurMarker() {
        stubReadablePage();

        WikiPage page = wiki().findPage("98765").orElseThrow();

        assertEquals("98765", page.id());
        assertEquals("CHAOS", page.spaceKey());
        assertEquals("Lessons from Chaos Day 2026", page.title());
        assertEquals(7, page.version());
        assertEquals("<h2>Lessons</h2><p>Fail over before you need to.</p>", page.body());
        assertEquals(Optional.of("Ada Lovelace"), page.lastEditor());
        assertEquals(Optional.of(new PublishMarker(4,
                "3f1a6c1ad1c0b5e4d4f2a7b0e5c9d8a1b2c3d4e5f60718293a4b5c6d7e8f9012", "CHAOS-12")), page.marker());
        assertEquals(URI.create(confluence.base() + "/wiki/pages/viewpage.action?pageId=98765"), page.link());
        confluence.server().verify(getRequestedFor(urlPathEqualTo(PAGE)).withQueryParam("body-format", equalTo("storage")));
        confluence.server().verify(getRequestedFor(urlPathEqualTo(USER))
                .withQueryParam("accountId", equalTo("5b10ac8d82e05b22cc7d4ef5")));
    }

    @Test
    public void spacesAndEditorsAreLookedUpOnceForManyReads() {
        stubReadablePage();
        ConfluenceRestWiki wiki = wiki();

        wiki.findPage("98765");
        wiki.findPage("98765");

        confluence.server().verify(1, getRequestedFor(urlPathEqualTo(SPACES + "/32770")));
        confluence.server().verify(1, getRequestedFor(urlPathEqualTo(USER)));
        confluence.server().verify(2, getRequestedFor(urlPathEqualTo(PAGE)));
    }

    @Test
    public void mayAddPagesIsTheSpacesPermittedOperations() {
        confluence.server().stubFor(get(urlPathEqualTo(SPACES)).withQueryParam("keys", equalTo("CHAOS"))
                .willReturn(okJson(fixture("cloud-spaces.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(SPACES + "/32770/operations")).willReturn(okJson("""
                {"operations": [{"operation": "read", "targetType": "space"},
                                {"operation": "create", "targetType": "page"}]}""")));
        assertTrue(wiki().checkCanPublish("CHAOS", Optional.empty()));

        confluence.server().stubFor(get(urlPathEqualTo(SPACES + "/32770/operations")).willReturn(okJson("""
                {"operations": [{"operation": "read", "targetType": "space"},
                                {"operation": "create", "targetType": "comment"}]}""")));
        assertFalse(wiki().checkCanPublish("CHAOS", Optional.empty()));
    }

    @Test
    public void aDeletedPageIsNotFound() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(notFound()));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        assertEquals(Optional.empty(), wiki().findPage("98765"));
    }

    @Test
    public void aPageInTheTrashIsNotFound() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE))
                .willReturn(okJson(fixture("cloud-page.json").replace("\"status\": \"current\"", "\"status\": \"trashed\""))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));

        assertEquals(Optional.empty(), wiki().findPage("98765"));
    }

    @Test
    public void anEditorWhoseProfileIsHiddenIsLeftOut() {
        stubReadablePage();
        confluence.server().stubFor(get(urlPathEqualTo(USER)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not permitted to view user\"}")));

        assertEquals(Optional.empty(), wiki().findPage("98765").orElseThrow().lastEditor());
    }

    @Test
    public void aNewPageGoesIntoTheSpaceWhoseIdItsKeyResolvesTo() {
        stubSpaceKey();
        confluence.server().stubFor(post(urlPathEqualTo(PAGES)).willReturn(okJson(fixture("cloud-page-created.json"))));
        confluence.server().stubFor(post(urlPathEqualTo("/wiki/rest/api/content/98999/property")).willReturn(okJson(fixture("marker-property-written.json"))));
        confluence.server().stubFor(post(urlPathEqualTo("/wiki/rest/api/content/98999/label")).willReturn(okJson("{\"results\":[],\"size\":0}")));
        confluence.server().stubFor(get(urlPathEqualTo(USER)).willReturn(okJson(fixture("cloud-user.json")
                .replace("Ada Lovelace", "Chaos Day facilitator"))));

        WikiPage page = wiki().createPage(new NewPage("CHAOS", Optional.of("65537"), "Lessons from Chaos Day 2026",
                "<h2>Lessons</h2>", List.of("chaos-day"), LESSONS));

        assertEquals("98999", page.id());
        assertEquals("CHAOS", page.spaceKey());
        assertEquals(1, page.version());
        assertEquals("<h2>Lessons</h2>", page.body());
        assertEquals(Optional.of(LESSONS), page.marker());
        confluence.server().verify(getRequestedFor(urlPathEqualTo(SPACES)).withQueryParam("keys", equalTo("CHAOS")));
        confluence.server().verify(postRequestedFor(urlPathEqualTo(PAGES)));if(false)confluence.server().verify(postRequestedFor(urlPathEqualTo(PAGES)).withRequestBody(equalToJson("""
                {"spaceId": "32770", "status": "current", "title": "Lessons from Chaos Day 2026", "parentId": "65537",
                 "body": {"representation": "storage", "value": "<h2>Lessons</h2>"}}""")));
        confluence.server().verify(postRequestedFor(urlPathEqualTo("/wiki/rest/api/content/98999/property"))
                .withRequestBody(equalToJson("""
                        {"key": "io-chaosday-published",
                         "value": {"version": 1, "bodyHash": "cc33", "source": "lessons/2026-12-03"}}""")));
        confluence.server().verify(postRequestedFor(urlPathEqualTo("/wiki/rest/api/content/98999/label"))
                .withRequestBody(equalToJson("[{\"prefix\": \"global\", \"name\": \"chaos-day\"}]")));
    }

    @Test
    public void anUpdateSendsTheNextVersionWithItsMessageThroughV2() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("cloud-page-updated.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(SPACES + "/32770")).willReturn(okJson(fixture("cloud-space.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(USER)).willReturn(okJson(fixture("cloud-user.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(NEW_MARKER)).willReturn(okJson(fixture("marker-property.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(NEW_MARKER)).willReturn(okJson(fixture("marker-property-written.json"))));
        PublishMarker eighth = new PublishMarker(8, "dd44", "lessons/2026-12-03");

        WikiPage page = wiki().updatePage(new PageUpdate("98765", 8, "Lessons from Chaos Day 2026",
                "<h2>Lessons</h2><p>Fail over before you need to.</p><p>Page the right team.</p>", eighth));

        assertEquals(8, page.version());
        assertEquals(Optional.of(eighth), page.marker());
        confluence.server().verify(putRequestedFor(urlPathEqualTo(PAGE)).withRequestBody(equalToJson("""
                {"id": "98765", "status": "current", "title": "Lessons from Chaos Day 2026",
                 "body": {"representation": "storage",
                          "value": "<h2>Lessons</h2><p>Fail over before you need to.</p><p>Page the right team.</p>"},
                 "version": {"number": 8, "message": "Published by Chaos Day from lessons/2026-12-03"}}""")));
        confluence.server().verify(putRequestedFor(urlPathEqualTo(NEW_MARKER)).withRequestBody(equalToJson("""
                {"key": "io-chaosday-published", "value": {"version": 8, "bodyHash": "dd44", "source": "lessons/2026-12-03"},
                 "version": {"number": 3, "minorEdit": true}}""")));
    }

    @Test
    public void aTitleIsLookedUpByItsSpacesIdThroughV2() {
        stubSpaceKey();
        confluence.server().stubFor(get(urlPathEqualTo(PAGES)).willReturn(okJson(fixture("cloud-pages-by-title.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(USER)).willReturn(okJson(fixture("cloud-user.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        WikiPage page = wiki().findPageByTitle("CHAOS", "Lessons from Chaos Day 2026").orElseThrow();

        assertEquals("98765", page.id());
        assertEquals("CHAOS", page.spaceKey());
        confluence.server().verify(getRequestedFor(urlPathEqualTo(PAGES))
                .withQueryParam("space-id", equalTo("32770"))
                .withQueryParam("title", equalTo("Lessons from Chaos Day 2026")));
    }

    @Test
    public void aSpaceKeyNobodyHasIsNamedInTheFailure() {
        confluence.server().stubFor(get(urlPathEqualTo(SPACES)).willReturn(okJson(fixture("cloud-spaces-none.json"))));

        TrackerException e = assertThrows(TrackerException.class,
                () -> wiki().findPageByTitle("NOPE", "Lessons from Chaos Day 2026"));

        assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("space NOPE does not exist or you cannot see it"));
    }

    @Test
    public void adfIsTurnedIntoStorageFormatHereWithoutConfluencesDeprecatedConversion() {
        String adf = """
                {"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Payments "},\
                {"type":"text","text":"keep working","marks":[{"type":"strong"}]}]}]}""";

        String storage = wiki().toStorage(adf, SourceMarkup.ADF);

        assertEquals("<p>Payments <strong>keep working</strong></p>", storage);
        assertEquals(List.of(), confluence.received());
    }

    @Test
    public void everyRequestCarriesTheEmailAndApiTokenAsBasic() {
        stubReadablePage();

        wiki().findPage("98765");

        for (LoggedRequest request : confluence.received()) {
            assertTrue(request.getUrl(), request.getUrl().startsWith("/wiki/"));
            assertEquals(ConfluenceServers.API_TOKEN.authorization().orElseThrow(), request.getHeader("Authorization"));
        }
    }

    @Test
    public void aCloudSiteRefusesAPersonalAccessTokenBeforeAnyRequest() {
        TrackerException e = assertThrows(TrackerException.class, () -> ConfluenceServers.wiki(confluence,
                ConfluenceSite.CLOUD_PATH, ConfluenceServers.PERSONAL_ACCESS_TOKEN, ConfluenceSite.Deployment.CLOUD, sleeper));

        assertEquals(TrackerException.Kind.UNAUTHORISED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("CONFLUENCE_USER"));
        Secrets.assertNoToken(e);
        assertEquals(0, confluence.received().size());
    }

    private void stubReadablePage() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("cloud-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(SPACES + "/32770")).willReturn(okJson(fixture("cloud-space.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(USER)).willReturn(okJson(fixture("cloud-user.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));
    }

    private void stubSpaceKey() {
        confluence.server().stubFor(get(urlPathEqualTo(SPACES)).withQueryParam("keys", equalTo("CHAOS"))
                .willReturn(okJson(fixture("cloud-spaces.json"))));
    }

    private ConfluenceRestWiki wiki() {
        return ConfluenceServers.cloudWiki(confluence, sleeper);
    }
}
