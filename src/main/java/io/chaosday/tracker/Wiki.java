package io.chaosday.tracker;

import java.util.Optional;

/**
 * What a Chaos Day needs from a wiki: pages found again by the id we stored, never by title, and
 * written in Confluence storage format. Failures are {@link TrackerException}s;
 * {@link WikiConflictException} when a page changed between reading and writing.
 */
public interface Wiki {

    /**
     * Whether pages can be published here: the space exists, the parent page (when given) exists in
     * it, and the credentials may add pages there, as far as the wiki tells. Reads only.
     *
     * @return false when the wiki says the credentials may not add pages there
     * @throws TrackerException naming what is missing ({@code NOT_FOUND}) or not allowed ({@code FORBIDDEN})
     */
    boolean checkCanPublish(String spaceKey, Optional<String> parentId);

    /** The page with this id, with its current body, version and our marker, in one read; empty when deleted. */
    Optional<WikiPage> findPage(String pageId);

    /** A page of this title in the space, whoever made it: to report title clashes, never to find ours. */
    Optional<WikiPage> findPageByTitle(String spaceKey, String title);

    /** Creates the page with its labels and our marker. */
    WikiPage createPage(NewPage page);

    /** Writes a new version: {@code update.version()} must be the page's current version plus one. */
    WikiPage updatePage(PageUpdate update);

    /** Turns text in another markup into storage format, using the wiki's own converter. Changes nothing. */
    String toStorage(String body, SourceMarkup markup);

    /** Records our marker on a page without writing a new version of it. */
    void markPublished(String pageId, PublishMarker marker);
}
