package io.chaosday.workflow;

import io.chaosday.review.ReviewSection;
import io.chaosday.review.ReviewTemplate;
import io.chaosday.tracker.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a review ticket's description that the facilitator fills in during the review: a
 * heading per section with a prompt under it. {@code ReviewSections} reads it back for publishing.
 */
final class ReviewDescription {

    private ReviewDescription() {
    }

    static List<TextBlock> template() {
        List<TextBlock> blocks = new ArrayList<>();
        // Read back by the publisher: names after the colon, separated by commas.
        blocks.add(new TextBlock.Paragraph("Participants: "));
        for (ReviewSection section : ReviewTemplate.sections()) {
            blocks.add(new TextBlock.Heading(section.heading()));
            blocks.add(new TextBlock.Paragraph(section.prompt()));
            section.example().ifPresent(example -> blocks.add(new TextBlock.Bullets(List.of(example))));
        }
        return blocks;
    }
}
