package io.chaosday.tracker;

/**
 * Kept on each page we publish (a content property), so the next publish can tell whether a
 * person edited the page since (if the page's version is no longer ours, it was edited) and
 * whether there is anything new to write, before rendering it.
 *
 * @param version  the page version our last publish made
 * @param bodyHash SHA-256 of the body we wrote, to skip writing unchanged content
 * @param source   what the page was made from: a review ticket's key, or "lessons/&lt;chaos day&gt;"
 * @param inputs   SHA-256 of everything the page was made from; empty on markers of older releases
 */
public record PublishMarker(int version, String bodyHash, String source, String inputs) {

    /** The content property that holds the marker: no dots, so it can be named in an {@code expand}. */
    public static final String PROPERTY_KEY = "io-chaosday-published";

    /** Where releases before {@link #PROPERTY_KEY} kept it; read when the new one is absent. */
    public static final String FORMER_PROPERTY_KEY = "io.chaosday.published";

    public PublishMarker(int version, String bodyHash, String source) {
        this(version, bodyHash, source, "");
    }

    /** This marker for another page version. */
    public PublishMarker atVersion(int newVersion) {
        return newVersion == version ? this : new PublishMarker(newVersion, bodyHash, source, inputs);
    }
}
