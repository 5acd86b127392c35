package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;
import io.chaosday.tracker.PublishMarker;

import java.util.Optional;

/**
 * Pages on Confluence Cloud: REST v2 {@code /wiki/api/v2/pages}, which Atlassian asks apps to use
 * for pages now that v1's content endpoints are being retired. v2 speaks space ids and account ids;
 * {@link CloudSpaces} and {@link CloudUsers} turn them into the key and the name people know.
 */
final class CloudPages implements PageStore {

    private final ConfluenceCalls calls;
    private final CloudSpaces spaces;
    private final CloudUsers users;

    CloudPages(ConfluenceCalls calls, CloudSpaces spaces) {
        this.calls = calls;
        this.spaces = spaces;
        this.users = new CloudUsers(calls);
    }

    @Override
    public Optional<StoredPage> find(String pageId) {
        return calls.find(ConfluencePaths.page(pageId).query("body-format", PageJson.STORAGE)
                                .query("include-properties", true), Attempt.readPage(pageId))
                .filter(page -> !ContentJson.isRemoved(page))
                .map(page -> named(PageJson.read(page), "").withMarkerProperty(markerProperty(page)));
    }

    @Override
    public Optional<StoredPage> findByTitle(String spaceKey, String title) {
        String spaceId = spaces.idOf(spaceKey);
        JsonNode found = calls.get(ConfluencePaths.pages()
                        .query("space-id", spaceId)
                        .query("title", title)
                        .query("body-format", PageJson.STORAGE),
                Attempt.findByTitle(spaceKey, title));
        for (JsonNode page : found.path("results")) {
            return Optional.of(named(PageJson.read(page), ""));
        }
        return Optional.empty();
    }

    @Override
    public StoredPage create(NewPage page) {
        Attempt attempt = Attempt.createPage(page.spaceKey(), page.parentId(), page.title());
        String spaceId = spaces.idOf(page.spaceKey());
        JsonNode created = calls.post(ConfluencePaths.pages(), PageJson.newPage(spaceId, page), attempt);
        return named(PageJson.read(created), page.body());
    }

    @Override
    public StoredPage update(PageUpdate update) {
        JsonNode updated = calls.put(ConfluencePaths.page(update.pageId()), PageJson.update(update),
                Attempt.updatePage(update.pageId(), update.title(), update.version()));
        return named(PageJson.read(updated), update.body());
    }

    /** Our marker among the page's properties (v2 gives up to 50 with the page; we keep one or two). */
    private static Optional<JsonNode> markerProperty(JsonNode page) {
        for (JsonNode property : page.path("properties").path("results")) {
            if (PublishMarker.PROPERTY_KEY.equals(property.path("key").asText())) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /** The page with its space's key and its last editor's display name; {@code sentBody} when the answer has none. */
    private StoredPage named(PageJson.Read page, String sentBody) {
        return new StoredPage(page.id(), spaces.keyOf(page.spaceId()), page.title(), page.version(),
                page.body().orElse(sentBody),
                page.authorId().flatMap(users::displayName),
                calls.link(page.id()));
    }
}
