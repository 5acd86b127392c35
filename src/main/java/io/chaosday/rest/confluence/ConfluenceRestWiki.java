package io.chaosday.rest.confluence;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiConflictException;
import io.chaosday.tracker.WikiPage;

import java.util.Optional;

/**
 * The {@link Wiki} port over Confluence's REST APIs. Data Center: REST v1 throughout. Cloud: pages
 * through REST v2, and labels, content properties (our marker) and conversion through v1, which v2
 * does not replace for us. Safe to share between threads.
 */
public final class ConfluenceRestWiki implements Wiki {

    private final ConfluenceSite site;
    private final Credentials credentials;
    private final PageStore pages;
    private final PublishMarkers markers;
    private final PageLabels labels;
    private final StorageConversion conversion;
    private final PublishTarget target;

    private ConfluenceRestWiki(ConfluenceSite site, RestClient client) {
        if (site.isCloud() && !(client.credentials() instanceof Credentials.Basic)) {
            throw new TrackerException(TrackerException.Kind.UNAUTHORISED, "Confluence Cloud (" + site.base() + ") takes"
                    + " an API token with your account's e-mail address: set CONFLUENCE_USER to the e-mail, with the"
                    + " token in " + client.credentials().origin());
        }
        ConfluenceCalls calls = new ConfluenceCalls(client, new ConfluenceFailures(site, client.credentials()));
        this.site = site;
        this.credentials = client.credentials();
        CloudSpaces spaces = site.isCloud() ? new CloudSpaces(calls) : null;
        this.pages = site.isCloud() ? new CloudPages(calls, spaces) : new DataCenterPages(calls);
        this.markers = new PublishMarkers(calls);
        this.labels = new PageLabels(calls);
        this.conversion = new StorageConversion(calls, site);
        this.target = new PublishTarget(calls, site, spaces);
    }

    /** The wiki at this site, with the shared core's default timeouts, retries and concurrency. */
    public static ConfluenceRestWiki connect(ConfluenceSite site, Credentials credentials) {
        return connect(site, credentials, RestClient.MAX_TIME);
    }

    /** As {@link #connect(ConfluenceSite, Credentials)}, with all calls together ending by {@code maxTime}. */
    public static ConfluenceRestWiki connect(ConfluenceSite site, Credentials credentials, java.time.Duration maxTime) {
        return over(RestClient.builder(site.base(), credentials).maxTime(maxTime).build(), site.deployment());
    }

    /**
     * The wiki at {@code client}'s address (Cloud: ending in {@code /wiki}), for callers that set up the
     * client themselves (timeouts, a recording sleeper in tests).
     */
    public static ConfluenceRestWiki over(RestClient client, ConfluenceSite.Deployment deployment) {
        return new ConfluenceRestWiki(new ConfluenceSite(client.base(), deployment), client);
    }

    @Override
    public boolean checkCanPublish(String spaceKey, Optional<String> parentId) {
        return target.check(spaceKey, parentId);
    }

    /** One request: the page with our marker (Data Center: an expansion; Cloud: the page's properties). */
    @Override
    public Optional<WikiPage> findPage(String pageId) {
        return pages.find(pageId).map(page -> page.withMarker(markers.fromPageRead(pageId, page.markerProperty())));
    }

    @Override
    public Optional<WikiPage> findPageByTitle(String spaceKey, String title) {
        return pages.findByTitle(spaceKey, title).map(page -> page.withMarker(markers.read(page.id())));
    }

    @Override
    public WikiPage createPage(NewPage page) {
        // Just before creating, the publisher found no page of this title in the space; one there now is the one we sent.
        StoredPage created = LostAnswers.write(() -> pages.create(page), () -> pages.findByTitle(page.spaceKey(), page.title()));
        PublishMarker marker = page.marker().atVersion(created.version());
        afterWrite(created, "created", () -> LostAnswers.write(() -> markers.create(created.id(), marker),
                () -> markers.read(created.id()).isPresent() ? replaced(created.id(), marker) : false));
        if (site.isCloud()) {
            // REST v2 takes no labels with a new page; Data Center's create carried them.
            afterWrite(created, "created", () -> labels.add(created.id(), page.labels()));
        }
        return created.withMarker(Optional.of(marker));
    }

    @Override
    public WikiPage updatePage(PageUpdate update) {
        StoredPage updated = LostAnswers.write(() -> pages.update(update), () -> pages.find(update.pageId())
                .filter(now -> now.version() == update.version() && now.body().equals(update.body())));
        PublishMarker marker = update.marker().atVersion(updated.version());
        afterWrite(updated, "updated", () -> markPublished(updated.id(), marker));
        return updated.withMarker(Optional.of(marker));
    }

    @Override
    public String toStorage(String body, SourceMarkup markup) {
        return conversion.toStorage(body, markup);
    }

    @Override
    public void markPublished(String pageId, PublishMarker marker) {
        LostAnswers.write(() -> markers.replace(pageId, marker), () -> markers.read(pageId).equals(Optional.of(marker)));
    }

    /** After a marker create whose answer was lost found a marker there: make sure it is this one. */
    private boolean replaced(String pageId, PublishMarker marker) {
        if (!markers.read(pageId).equals(Optional.of(marker))) {
            markers.replace(pageId, marker);
        }
        return true;
    }


    /** A step after the page was written: if it fails, say that the page itself was written. */
    private static void afterWrite(StoredPage page, String done, Runnable step) {
        try {
            step.run();
        } catch (WikiConflictException e) {
            throw new WikiConflictException(written(page, done) + e.getMessage());
        } catch (TrackerException e) {
            throw new TrackerException(e.kind(), written(page, done) + e.getMessage(), e);
        }
    }

    private static String written(StoredPage page, String done) {
        return "page " + page.id() + " \"" + page.title() + "\" was " + done + " (version " + page.version() + ", "
                + page.link() + "), but what comes with it was not: ";
    }

    @Override
    public String toString() {
        return "ConfluenceRestWiki[" + site.deployment() + " " + site.base() + ", " + credentials + "]";
    }
}
