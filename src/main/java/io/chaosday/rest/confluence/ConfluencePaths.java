package io.chaosday.rest.confluence;

import io.chaosday.site.ConfluenceLinks;
import io.chaosday.link.Urls;

/**
 * The REST paths we call, relative to the site's base: Data Center's base carries its context path
 * and Cloud's ends in {@code /wiki}, so REST v1 ({@code rest/api/...}) is the same path on both.
 */
final class ConfluencePaths {

    private ConfluencePaths() {
    }

    /** v1 {@code /rest/api/space/KEY} (Data Center): whether the space exists and can be seen. */
    static Urls.Path space(String key) {
        return Urls.path("rest", "api", "space").segment(key);
    }

    /** v1 {@code /rest/api/content}: pages on Data Center, and title search there. */
    static Urls.Path content() {
        return Urls.path("rest", "api", "content");
    }

    static Urls.Path content(String id) {
        return content().segment(id);
    }

    /** v1 content properties (Data Center and Cloud). */
    static Urls.Path properties(String pageId) {
        return content(pageId).segment("property");
    }

    static Urls.Path property(String pageId, String key) {
        return properties(pageId).segment(key);
    }

    /** v1 labels (Data Center and Cloud). */
    static Urls.Path labels(String pageId) {
        return content(pageId).segment("label");
    }

    /** v1 body conversion into {@code representation} (Data Center and Cloud). */
    static Urls.Path convertTo(String representation) {
        return Urls.path("rest", "api", "contentbody", "convert").segment(representation);
    }

    /** v1 user lookup (Cloud: by account id). */
    static Urls.Path user() {
        return Urls.path("rest", "api", "user");
    }

    /** v2 pages (Cloud). */
    static Urls.Path pages() {
        return Urls.path("api", "v2", "pages");
    }

    static Urls.Path page(String id) {
        return pages().segment(id);
    }

    /** v2 spaces (Cloud): pages are created by space id, so keys are turned into ids here. */
    static Urls.Path spaces() {
        return Urls.path("api", "v2", "spaces");
    }

    static Urls.Path cloudSpace(String id) {
        return spaces().segment(id);
    }

    /** Where a person opens a page: {@link ConfluenceLinks#viewPage}. */
    static Urls.Path viewPage(String pageId) {
        return ConfluenceLinks.viewPage(pageId);
    }
}
