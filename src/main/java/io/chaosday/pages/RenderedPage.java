package io.chaosday.pages;

import java.util.Objects;

/**
 * A page ready to publish.
 *
 * @param title   plain text, for the REST call's {@code title} field (not markup)
 * @param storage the body in Confluence storage format
 */
public record RenderedPage(String title, String storage) {

    public RenderedPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(storage, "storage");
    }
}
