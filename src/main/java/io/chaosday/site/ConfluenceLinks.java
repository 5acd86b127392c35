package io.chaosday.site;

import io.chaosday.link.Urls;
import java.net.URI;

/** Where a person opens things in one Confluence: every link to a Confluence page is built here. */
public record ConfluenceLinks(URI base) {

    /** A page by id, so the link survives renames (Data Center and Cloud alike). */
    public static Urls.Path viewPage(String pageId) {
        return Urls.path("pages", "viewpage.action").query("pageId", pageId);
    }

    /** The page with this id under {@link #base}, which may carry a context path such as {@code /wiki}. */
    public URI page(String pageId) {
        return viewPage(pageId).resolve(base);
    }
}
