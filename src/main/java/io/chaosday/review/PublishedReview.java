package io.chaosday.review;

import java.util.Objects;

/**
 * A review and the title its Confluence page has now. The lessons page links to review pages by
 * title, the only way storage format can name a page, so the caller passes the current one.
 */
public record PublishedReview(Review review, String pageTitle) {

    public PublishedReview {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(pageTitle, "pageTitle");
    }
}
