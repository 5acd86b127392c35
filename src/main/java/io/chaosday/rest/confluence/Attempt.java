package io.chaosday.rest.confluence;

import io.chaosday.tracker.SourceMarkup;

import java.util.Optional;

/**
 * What we were doing when a call failed, in the words a failure message needs.
 *
 * @param doing      e.g. {@code creating page "Lessons" in space CHAOS}
 * @param permission the Confluence permission it needs, named as Confluence's admin screens name it
 * @param missing    what a 404 means here
 * @param titleClash what a "page with this title already exists" answer means here, when a title is written
 * @param versioned  a 409 means the page moved on since it was read (a {@code WikiConflictException})
 * @param ifUnsure   what to check when the connection broke during a write that may have happened
 */
record Attempt(String doing, String permission, String missing, Optional<String> titleClash, boolean versioned,
               String ifUnsure) {

    private static final String NOTHING_WRITTEN = "nothing was written";

    static Attempt readPage(String pageId) {
        return read("reading page " + pageId, "View permission on page " + pageId + " and its space",
                "page " + pageId + " does not exist or you cannot see it");
    }

    static Attempt findByTitle(String spaceKey, String title) {
        return read("looking for page " + quoted(title) + " in space " + spaceKey, "View in space " + spaceKey,
                spaceMissing(spaceKey));
    }

    static Attempt resolveSpace(String spaceKey) {
        return read("looking up space " + spaceKey, "View in space " + spaceKey, spaceMissing(spaceKey));
    }

    static Attempt readParent(String spaceKey, String pageId) {
        return read("looking up page " + pageId + " to publish under it", "View permission on page " + pageId,
                "page " + pageId + " does not exist or you cannot see it: give the id of a page in space " + spaceKey
                        + " (its address shows pageId=...)");
    }

    static Attempt readPermissions(String spaceKey) {
        return read("reading what you may do in space " + spaceKey, "View in space " + spaceKey,
                spaceMissing(spaceKey));
    }

    static Attempt resolveSpaceId(String spaceId) {
        return read("looking up the space with id " + spaceId, "View in that space",
                "the space with id " + spaceId + " does not exist or you cannot see it");
    }

    static Attempt resolveUser(String accountId) {
        return read("looking up the user " + accountId, "permission to browse users",
                "user " + accountId + " does not exist or you cannot see it");
    }

    static Attempt readMarker(String pageId) {
        return read("reading our publish marker on page " + pageId, "View permission on page " + pageId,
                "page " + pageId + " does not exist or you cannot see it");
    }

    static Attempt createPage(String spaceKey, Optional<String> parentId, String title) {
        String where = "space " + spaceKey + parentId.map(id -> " under page " + id).orElse("");
        String missing = spaceMissing(spaceKey)
                + parentId.map(id -> ", or parent page " + id + " does not exist").orElse("");
        return new Attempt("creating page " + quoted(title) + " in " + where, "Add Pages in space " + spaceKey, missing,
                Optional.of("a page titled " + quoted(title) + " already exists in space " + spaceKey
                        + ": rename or move that page, or publish under another title"),
                false,
                "look in space " + spaceKey + " for a page titled " + quoted(title) + " before publishing again");
    }

    static Attempt updatePage(String pageId, String title, int version) {
        return new Attempt("writing version " + version + " of page " + pageId + " " + quoted(title),
                "Add Pages in the page's space and no edit restriction on page " + pageId,
                "page " + pageId + " no longer exists (deleted or moved to the trash?) or you cannot see it",
                Optional.of("another page in the same space is already titled " + quoted(title)
                        + ": rename one of them"),
                true,
                "open page " + pageId + " and look at its history before publishing again");
    }

    static Attempt writeMarker(String pageId) {
        return new Attempt("recording our publish marker on page " + pageId,
                "Add Pages in the page's space and no edit restriction on page " + pageId,
                "page " + pageId + " does not exist or you cannot see it", Optional.empty(), true,
                "publish again: the marker is written again whole");
    }

    static Attempt addLabels(String pageId) {
        return new Attempt("adding labels to page " + pageId,
                "Add Pages in the page's space and no edit restriction on page " + pageId,
                "page " + pageId + " does not exist or you cannot see it", Optional.empty(), false,
                "adding the same labels again is harmless");
    }

    static Attempt convert(SourceMarkup markup) {
        return read("converting " + markup + " markup to storage format", "the \"Can use\" global permission",
                "this Confluence has no conversion service at that address");
    }

    private static Attempt read(String doing, String permission, String missing) {
        return new Attempt(doing, permission, missing, Optional.empty(), false, NOTHING_WRITTEN);
    }

    static String spaceMissing(String spaceKey) {
        return "space " + spaceKey + " does not exist or you cannot see it";
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
