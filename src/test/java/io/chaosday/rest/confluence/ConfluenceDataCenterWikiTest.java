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

/** The wiki against Confluence Data Center 10 under a context path; every request checked against its OpenAPI document. */
public class ConfluenceDataCenterWikiTest {

    private static final String CONTENT = "/confluence/rest/api/content";
    private static final String PAGE = CONTENT + "/123456";
    /** Where releases before this one kept the marker: read when a page read brings no marker. */
    private static final String MARKER = PAGE + "/property/io.chaosday.published";
    private static final String NEW_MARKER = PAGE + "/property/io-chaosday-published";
    private static final PublishMarker FIRST = new PublishMarker(1, "aa11", "CHAOS-12");

    @Rule
    public final ContractCheckedWireMock confluence = ConfluenceServers.dataCenter();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aPageIsFoundByIdWithItsBodyVersionLastEditorAndMarker() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE))
                .withQueryParam("expand", equalTo("body.storage,version,space,metadata.properties.io-chaosday-published"))
                .willReturn(okJson(fixture("dc-page-with-marker.json"))));

        WikiPage page = wiki().findPage("123456").orElseThrow();

        assertEquals("one request: the marker comes with the page", 1, confluence.received().size());
        assertEquals("123456", page.id());
        assertEquals("CHAOS", page.spaceKey());
        assertEquals("PIR: payments lose their database", page.title());
        assertEquals(4, page.version());
        assertEquals("<h2>What happened</h2><p>The primary database was stopped at 10:02.</p>", page.body());
        assertEquals(Optional.of("Ada Lovelace"), page.lastEditor());
        assertEquals(Optional.of(new PublishMarker(4,
                "3f1a6c1ad1c0b5e4d4f2a7b0e5c9d8a1b2c3d4e5f60718293a4b5c6d7e8f9012", "CHAOS-12")), page.marker());
    }

    @Test
    public void aMarkerKeptWhereOlderReleasesKeptItIsStillRead() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));

        assertEquals(4, wiki().findPage("123456").orElseThrow().marker().orElseThrow().version());
    }

    @Test
    public void afterAReadTheMarkerIsWrittenWithoutReadingItAgain() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page-with-marker.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page-updated.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(NEW_MARKER)).willReturn(okJson(fixture("marker-property-written.json"))));
        ConfluenceRestWiki wiki = wiki();
        wiki.findPage("123456");

        wiki.updatePage(new PageUpdate("123456", 5, "PIR: payments lose their database", "<p/>",
                new PublishMarker(5, "bb22", "CHAOS-12", "cc33")));

        assertEquals(3, confluence.received().size());
        confluence.server().verify(putRequestedFor(urlPathEqualTo(NEW_MARKER)).withRequestBody(equalToJson("""
                {"key": "io-chaosday-published",
                 "value": {"version": 5, "bodyHash": "bb22", "source": "CHAOS-12", "inputs": "cc33"},
                 "version": {"number": 8, "minorEdit": true}}""")));
    }

    @Test
    public void theLinkOpensThePageByIdUnderTheContextPath() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        WikiPage page = wiki().findPage("123456").orElseThrow();

        assertEquals(URI.create(confluence.base() + "/confluence/pages/viewpage.action?pageId=123456"), page.link());
    }

    @Test
    public void aDeletedPageIsNotFound() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(notFound()));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        assertEquals(Optional.empty(), wiki().findPage("123456"));
    }

    @Test
    public void aPageWeNeverPublishedHasNoMarker() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        assertEquals(Optional.empty(), wiki().findPage("123456").orElseThrow().marker());
    }

    @Test
    public void aMarkerSomeoneEditedByHandIsNotTakenForOurs() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property-edited-by-hand.json"))));

        assertEquals(Optional.empty(), wiki().findPage("123456").orElseThrow().marker());
    }

    @Test
    public void aNewPageIsCreatedUnderItsParentInStorageFormatWithItsLabelsThenItsMarker() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(okJson(fixture("dc-page-created.json"))));
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT + "/123999/property")).willReturn(okJson("{}")));

        WikiPage page = wiki().createPage(new NewPage("CHAOS", Optional.of("98306"), "PIR: payments lose their database",
                "<h2>What happened</h2><p>The primary database was stopped at 10:02.</p>", List.of("chaos-day", "pir"),
                FIRST));

        assertEquals("123999", page.id());
        assertEquals(1, page.version());
        assertEquals(Optional.of(FIRST), page.marker());
        assertEquals(Optional.of("Chaos Day facilitator"), page.lastEditor());
        confluence.server().verify(postRequestedFor(urlPathEqualTo(CONTENT)).withRequestBody(equalToJson("""
                {"type": "page", "title": "PIR: payments lose their database", "space": {"key": "CHAOS"},
                 "ancestors": [{"id": "98306"}],
                 "body": {"storage": {"value": "<h2>What happened</h2><p>The primary database was stopped at 10:02.</p>",
                                      "representation": "storage"}},
                 "metadata": {"labels": [{"prefix": "global", "name": "chaos-day"}, {"prefix": "global", "name": "pir"}]}}""")));
        confluence.server().verify(postRequestedFor(urlPathEqualTo(CONTENT + "/123999/property")).withRequestBody(equalToJson("""
                {"key": "io-chaosday-published", "value": {"version": 1, "bodyHash": "aa11", "source": "CHAOS-12"}}""")));
        assertEquals("the page with its labels, then its marker", 2, confluence.received().size());
    }

    @Test
    public void aPageWithoutLabelsIsCreatedWithoutAskingForAny() {
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT)).willReturn(okJson(fixture("dc-page-created.json"))));
        confluence.server().stubFor(post(urlPathEqualTo(CONTENT + "/123999/property")).willReturn(okJson("{}")));

        wiki().createPage(new NewPage("CHAOS", Optional.empty(), "PIR: payments lose their database", "<p/>", List.of(), FIRST));

        assertEquals(2, confluence.received().size());
        String created = confluence.received().get(0).getBodyAsString();
        assertTrue("no parent, so no ancestors: " + created, !created.contains("ancestors"));
    }

    @Test
    public void anUpdateWritesTheNextVersionAndMovesTheMarkerOn() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page-updated.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(NEW_MARKER)).willReturn(okJson(fixture("marker-property.json"))));
        confluence.server().stubFor(put(urlPathEqualTo(NEW_MARKER)).willReturn(okJson(fixture("marker-property-written.json"))));
        PublishMarker fifth = new PublishMarker(5, "bb22", "CHAOS-12");

        WikiPage page = wiki().updatePage(new PageUpdate("123456", 5, "PIR: payments lose their database",
                "<p>Rewritten.</p>", fifth));

        assertEquals(5, page.version());
        assertEquals("<p>Rewritten.</p>", page.body());
        assertEquals(Optional.of(fifth), page.marker());
        confluence.server().verify(putRequestedFor(urlPathEqualTo(PAGE)).withRequestBody(equalToJson("""
                {"id": "123456", "type": "page", "title": "PIR: payments lose their database",
                 "body": {"storage": {"value": "<p>Rewritten.</p>", "representation": "storage"}},
                 "version": {"number": 5, "message": "Published by Chaos Day from CHAOS-12"}}""")));
        confluence.server().verify(putRequestedFor(urlPathEqualTo(NEW_MARKER)).withRequestBody(equalToJson("""
                {"key": "io-chaosday-published", "value": {"version": 5, "bodyHash": "bb22", "source": "CHAOS-12"},
                 "version": {"number": 3, "minorEdit": true}}""")));
    }

    @Test
    public void anUpdateRecreatesAMarkerSomeoneDeleted() {
        confluence.server().stubFor(put(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page-updated.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(NEW_MARKER)).willReturn(notFound()));
        confluence.server().stubFor(post(urlPathEqualTo(PAGE + "/property")).willReturn(okJson("{}")));

        wiki().updatePage(new PageUpdate("123456", 5, "PIR: payments lose their database", "<p/>",
                new PublishMarker(5, "bb22", "CHAOS-12")));

        confluence.server().verify(postRequestedFor(urlPathEqualTo(PAGE + "/property")).withRequestBody(equalToJson("""
                {"key": "io-chaosday-published", "value": {"version": 5, "bodyHash": "bb22", "source": "CHAOS-12"}}""")));
    }

    @Test
    public void aTitleIsLookedUpInItsSpace() {
        confluence.server().stubFor(get(urlPathEqualTo(CONTENT)).willReturn(okJson(fixture("dc-search.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(NEW_MARKER)).willReturn(notFound()));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(notFound()));

        WikiPage page = wiki().findPageByTitle("CHAOS", "PIR: payments lose their database").orElseThrow();

        assertEquals("123456", page.id());
        assertEquals(Optional.of("Grace Hopper"), page.lastEditor());
        assertEquals(Optional.empty(), page.marker());
        confluence.server().verify(getRequestedFor(urlPathEqualTo(CONTENT))
                .withQueryParam("spaceKey", equalTo("CHAOS"))
                .withQueryParam("title", equalTo("PIR: payments lose their database"))
                .withQueryParam("type", equalTo("page")));
    }

    @Test
    public void aTitleNobodyUsedIsNotFound() {
        confluence.server().stubFor(get(urlPathEqualTo(CONTENT)).willReturn(okJson(fixture("dc-search-empty.json"))));

        assertEquals(Optional.empty(), wiki().findPageByTitle("CHAOS", "Nothing like it"));
    }

    @Test
    public void wikiMarkupIsTurnedIntoStorageFormatByConfluence() {
        confluence.server().stubFor(post(urlPathEqualTo("/confluence/rest/api/contentbody/convert/storage"))
                .willReturn(okJson(fixture("dc-convert.json"))));

        String storage = wiki().toStorage("h1. Hypothesis\nPayments *keep working* when the primary database goes away.",
                SourceMarkup.WIKI);

        assertTrue(storage, storage.startsWith("<h1>Hypothesis</h1>"));
        confluence.server().verify(postRequestedFor(urlPathEqualTo("/confluence/rest/api/contentbody/convert/storage"))
                .withRequestBody(equalToJson("""
                        {"value": "h1. Hypothesis\\nPayments *keep working* when the primary database goes away.",
                         "representation": "wiki"}""")));
    }

    @Test
    public void adfIsConvertedHereWithoutAskingDataCenter() {
        String storage = wiki().toStorage("{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"rule\"}]}",
                SourceMarkup.ADF);

        assertEquals("<hr/>", storage);
        assertEquals(0, confluence.received().size());
    }

    @Test
    public void theSpaceAndTheParentPageAreCheckedBeforePublishing() {
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/CHAOS")).willReturn(okJson("{\"key\":\"CHAOS\"}")));
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/OTHER")).willReturn(okJson("{\"key\":\"OTHER\"}")));
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));

        wiki().checkCanPublish("CHAOS", Optional.of("123456"));

        TrackerException inOtherSpace = assertThrows(TrackerException.class,
                () -> wiki().checkCanPublish("OTHER", Optional.of("123456")));
        assertTrue(inOtherSpace.getMessage(), inOtherSpace.getMessage().contains("page 123456 is in space CHAOS"));
    }

    @Test
    public void mayAddPagesComesWithTheParentPageReadAsItsOperations() {
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/CHAOS")).willReturn(okJson("{\"key\":\"CHAOS\"}")));
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("expand", equalTo("space,operations"))
                .willReturn(okJson("""
                        {"id": "123456", "type": "page", "status": "current", "title": "Chaos Days",
                         "space": {"key": "CHAOS"},
                         "operations": [{"operation": "read", "targetType": "page"},
                                        {"operation": "create", "targetType": "page"}]}""")));

        assertTrue(wiki().checkCanPublish("CHAOS", Optional.of("123456")));
        assertEquals(2, confluence.received().size());
    }

    @Test
    public void aUserWhoMayOnlyReadTheParentPageMayNotAddPages() {
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/CHAOS")).willReturn(okJson("{\"key\":\"CHAOS\"}")));
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("expand", equalTo("space,operations"))
                .willReturn(okJson("""
                        {"id": "123456", "type": "page", "status": "current", "title": "Chaos Days",
                         "space": {"key": "CHAOS"},
                         "operations": [{"operation": "read", "targetType": "page"},
                                        {"operation": "create", "targetType": "comment"}]}""")));

        assertFalse(wiki().checkCanPublish("CHAOS", Optional.of("123456")));
    }

    @Test
    public void withoutAParentTheOperationsAreThoseOnATopLevelPageOfTheSpace() {
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/CHAOS")).willReturn(okJson("{\"key\":\"CHAOS\"}")));
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/CHAOS/content/page"))
                .withQueryParam("depth", equalTo("root")).withQueryParam("expand", equalTo("operations"))
                .willReturn(okJson("""
                        {"results": [{"id": "1", "type": "page", "status": "current", "title": "Home",
                                      "operations": [{"operation": "read", "targetType": "page"}]}],
                         "start": 0, "limit": 1, "size": 1}""")));

        assertFalse(wiki().checkCanPublish("CHAOS", Optional.empty()));
        assertEquals(2, confluence.received().size());
    }

    @Test
    public void aSpaceThatDoesNotExistIsNamed() {
        confluence.server().stubFor(get(urlPathEqualTo("/confluence/rest/api/space/NOPE")).willReturn(notFound()));

        TrackerException e = assertThrows(TrackerException.class, () -> wiki().checkCanPublish("NOPE", Optional.empty()));

        assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("space NOPE does not exist"));
    }

    @Test
    public void everyRequestCarriesTheContextPathAndThePersonalAccessToken() {
        confluence.server().stubFor(get(urlPathEqualTo(PAGE)).willReturn(okJson(fixture("dc-page.json"))));
        confluence.server().stubFor(get(urlPathEqualTo(MARKER)).willReturn(okJson(fixture("marker-property.json"))));

        wiki().findPage("123456");

        assertEquals(2, confluence.received().size());
        for (LoggedRequest request : confluence.received()) {
            assertTrue(request.getUrl(), request.getUrl().startsWith("/confluence/rest/api/"));
            assertEquals("Bearer " + Secrets.TOKEN, request.getHeader("Authorization"));
        }
    }

    private ConfluenceRestWiki wiki() {
        return ConfluenceServers.dataCenterWiki(confluence, sleeper);
    }
}
