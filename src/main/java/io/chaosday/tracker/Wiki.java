package io.chaosday.tracker;

import java.util.List;
import java.util.Optional;

/**
 * What a Chaos Day needs from a wiki: pages found again by the id we stored, never by title, and
 * written in Confluence storage format. Failures are {@link TrackerException}s;
 * {@link WikiConflictException} when a page changed between reading and writing.
 */
public interface Wiki {

    /** The page with this id, with its current body, version and our marker; empty when deleted. */
    Optional<WikiPage> findPage(String pageId);

    /** A page of this title in the space, whoever made it: to report title clashes, never to find ours. */
    Optional<WikiPage> findPageByTitle(String spaceKey, String title);

    WikiPage createPage(NewPage page);

    /** Writes a new version: {@code update.version()} must be the page's current version plus one. */
    WikiPage updatePage(PageUpdate update);

    /** Turns text in another markup into storage format, using the wiki's own converter. */
    String toStorage(String body, SourceMarkup markup);

    /** Records our marker on a page without writing a new version of it. */
    void markPublished(String pageId, PublishMarker marker);

    /** Adds labels the page does not have yet. */
    void addLabels(String pageId, List<String> labels);
}
