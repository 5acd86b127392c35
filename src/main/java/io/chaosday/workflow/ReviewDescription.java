package io.chaosday.workflow;

import io.chaosday.tracker.TextBlock;
import java.util.List;

/** The part of a review ticket's description that the facilitator fills in during the review. */
final class ReviewDescription {

    private ReviewDescription() {
    }

    static List<TextBlock> template() {
        return List.of();
    }
}
