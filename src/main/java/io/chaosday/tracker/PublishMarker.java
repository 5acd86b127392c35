package io.chaosday.tracker;

/**
 * Kept on each page we publish (a content property), so the next publish can tell whether a
 * person edited the page since: if the page's version is no longer ours, it was edited.
 *
 * @param version  the page version our last publish made
 * @param bodyHash SHA-256 of the body we wrote, to skip writing unchanged content
 * @param source   what the page was made from: a review ticket's key, or "lessons/&lt;chaos day&gt;"
 */
public record PublishMarker(int version, String bodyHash, String source) {

    /** The content property that holds the marker. */
    public static final String PROPERTY_KEY = "io.chaosday.published";
}
