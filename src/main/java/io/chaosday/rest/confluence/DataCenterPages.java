package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.NewPage;
import io.chaosday.tracker.PageUpdate;

import java.util.Optional;

/** Pages on Confluence Data Center: REST v1 {@code /rest/api/content}. */
final class DataCenterPages implements PageStore {

    private final ConfluenceCalls calls;

    DataCenterPages(ConfluenceCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<StoredPage> find(String pageId) {
        return calls.find(ConfluencePaths.content(pageId).query("expand", ContentJson.EXPAND_WITH_MARKER),
                        Attempt.readPage(pageId))
                .filter(content -> !ContentJson.isRemoved(content))
                .map(content -> ContentJson.read(content, Optional.empty(), calls::link));
    }

    @Override
    public Optional<StoredPage> findByTitle(String spaceKey, String title) {
        JsonNode found = calls.get(ConfluencePaths.content()
                        .query("spaceKey", spaceKey)
                        .query("title", title)
                        .query("type", "page")
                        .query("expand", ContentJson.EXPAND),
                Attempt.findByTitle(spaceKey, title));
        for (JsonNode content : found.path("results")) {
            return Optional.of(ContentJson.read(content, Optional.empty(), calls::link));
        }
        return Optional.empty();
    }

    @Override
    public StoredPage create(NewPage page) {
        JsonNode created = calls.post(ConfluencePaths.content(), ContentJson.newPage(page),
                Attempt.createPage(page.spaceKey(), page.parentId(), page.title()));
        return ContentJson.read(created, Optional.of(page.body()), calls::link).inSpace(page.spaceKey());
    }

    @Override
    public StoredPage update(PageUpdate update) {
        JsonNode updated = calls.put(ConfluencePaths.content(update.pageId()), ContentJson.update(update),
                Attempt.updatePage(update.pageId(), update.title(), update.version()));
        return ContentJson.read(updated, Optional.of(update.body()), calls::link);
    }
}
