package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.link.Urls;
import io.chaosday.tracker.TrackerException;

import java.util.Optional;

/**
 * Checks where pages are to go before anything is written anywhere: the space exists and can be
 * seen, the parent page exists in that space, and the user may add pages there (Confluence's
 * {@code operations}: {@code create} on {@code page}). Two reads on Data Center, the permission
 * coming with the parent page's read; one more on Cloud, the space's permitted operations. Once
 * per publish, never per page.
 */
final class PublishTarget {

    private final ConfluenceCalls calls;
    private final ConfluenceSite site;
    private final CloudSpaces spaces;

    /** {@code spaces} on Cloud, where pages name their space by id; null on Data Center. */
    PublishTarget(ConfluenceCalls calls, ConfluenceSite site, CloudSpaces spaces) {
        this.calls = calls;
        this.site = site;
        this.spaces = spaces;
    }

    /** @return whether the user may add pages there (true when Confluence does not say) */
    boolean check(String spaceKey, Optional<String> parentId) {
        if (site.isCloud()) {
            String spaceId = spaces.idOf(spaceKey);
            parentId.ifPresent(id -> {
                JsonNode parent = parent(ConfluencePaths.page(id), spaceKey, id);
                inSpace(spaceKey, id, parent.path("spaceId").asText("").equals(spaceId)
                        ? spaceKey : spaces.keyOf(parent.path("spaceId").asText("")));
            });
            JsonNode permitted = calls.get(ConfluencePaths.cloudSpace(spaceId).segment("operations"),
                    Attempt.readPermissions(spaceKey));
            return PageOperations.mayCreatePages(permitted.path("operations"));
        }
        calls.find(ConfluencePaths.space(spaceKey), Attempt.resolveSpace(spaceKey)).orElseThrow(() ->
                new TrackerException(TrackerException.Kind.NOT_FOUND, Attempt.spaceMissing(spaceKey)
                        + ": check the space key (it is in the space's address, /display/KEY or /spaces/KEY)"));
        if (parentId.isEmpty()) {
            // The space's answer declares its home page only as a bare reference, so the operations come
            // from a top-level page of the space (the home page is one): one more read, once per publish.
            JsonNode roots = calls.get(ConfluencePaths.space(spaceKey).segment("content").segment("page")
                    .query("depth", "root").query("limit", "1").query("expand", "operations"),
                    Attempt.readPermissions(spaceKey));
            JsonNode first = roots.path("results").path(0);
            return PageOperations.mayCreatePages(first.path("operations"));
        }
        String id = parentId.get();
        JsonNode parent = parent(ConfluencePaths.content(id).query("expand", "space,operations"), spaceKey, id);
        inSpace(spaceKey, id, parent.path("space").path("key").asText(""));
        return PageOperations.mayCreatePages(parent.path("operations"));
    }

    private JsonNode parent(Urls.Path path, String spaceKey, String id) {
        JsonNode parent = calls.find(path, Attempt.readParent(spaceKey, id)).orElseThrow(() ->
                new TrackerException(TrackerException.Kind.NOT_FOUND, Attempt.readParent(spaceKey, id).missing()));
        if (ContentJson.isRemoved(parent)) {
            throw new TrackerException(TrackerException.Kind.NOT_FOUND, "page " + id + " is in the trash; restore it"
                    + " or publish under another page");
        }
        return parent;
    }

    private static void inSpace(String spaceKey, String id, String actual) {
        if (!actual.isEmpty() && !actual.equals(spaceKey)) {
            throw new TrackerException(TrackerException.Kind.REJECTED, "page " + id + " is in space " + actual
                    + ", not in space " + spaceKey + ": publish into space " + actual + " or choose a page in " + spaceKey);
        }
    }
}
