package io.chaosday.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import io.chaosday.storage.StorageFragment;
import java.util.List;
import org.junit.Test;

public class ReviewTemplateTest {

    @Test
    public void sectionKeysStayAsPublished() {
        assertEquals(List.of("summary", "timeline", "detection", "response", "impact", "learnt", "improvements",
                "next-chaos-day"), ReviewTemplate.sections().stream().map(ReviewSection::key).toList());
    }

    @Test
    public void everySectionHasAHeadingAndAPrompt() {
        for (ReviewSection section : ReviewTemplate.sections()) {
            assertFalse(section.key(), section.heading().isBlank());
            assertFalse(section.key(), section.prompt().isBlank());
        }
    }

    @Test
    public void everyTemplateSectionHasAPlaceInTheReview() {
        ReviewBuilder builder = Review.builder(IssueKey.of("CHAOS-1"), "Spring", ReviewFixtures.CHAOS_DAY);
        for (ReviewSection section : ReviewTemplate.sections()) {
            builder.section(section.key(), StorageFragment.plainText(section.key()));
        }
        Review review = builder.build();
        assertEquals(StorageFragment.plainText("learnt"), review.learnt());
        assertEquals(Timeline.narrative(StorageFragment.plainText("timeline")), review.timeline());
        assertEquals(StorageFragment.plainText("improvements"), review.improvementNotes());
    }

    @Test
    public void anUnknownSectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Review.builder(IssueKey.of("CHAOS-1"), "Spring",
                ReviewFixtures.CHAOS_DAY).section("contributing-factors", StorageFragment.EMPTY));
    }

    @Test
    public void issueKeysAreCheckedAndWrittenInCapitals() {
        assertEquals("CHAOS-12", IssueKey.of(" chaos-12 ").value());
        assertThrows(IllegalArgumentException.class, () -> IssueKey.of("CHAOS-12<script>"));
        assertThrows(IllegalArgumentException.class, () -> IssueKey.of("12-CHAOS"));
    }
}
