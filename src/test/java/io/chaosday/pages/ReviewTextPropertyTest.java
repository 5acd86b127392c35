package io.chaosday.pages;

import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.pages.RenderedPage;
import io.chaosday.property.Property;
import io.chaosday.property.Texts;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.review.StorageDom;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import java.net.URI;
import java.util.SortedSet;

import org.junit.Test;

/**
 * Whatever text fills a review's fields, the rendered pages parse as storage format and hold
 * only elements and attributes our templates write (line breaks included): no markup that was not ours.
 */
public class ReviewTextPropertyTest {

    private static final ConfluencePages PAGES = new ConfluencePages(
            JiraSite.linked(URI.create("https://jira.example.com"), new JiraLink("Example Jira", "5a1f-77")));

    @Test
    public void anyReviewTextRendersAsTextInOurMarkup() {
        SortedSet<String> ours = StorageDom.vocabulary(StorageDom.parse(
                PAGES.review(ReviewFixtures.review(name -> "benign\n" + name)).storage()));
        Property.forAll("review page text", 300, random -> {
            RenderedPage page = PAGES.review(ReviewFixtures.review(name -> name + ":" + Texts.any(random, 12)));

            SortedSet<String> used = StorageDom.vocabulary(StorageDom.parse(page.storage()));
            assertTrue(used + " is not within " + ours, ours.containsAll(used));
            assertTrue(page.title(), page.title().length() <= 255);
        });
    }

    @Test
    public void anyLessonsTextRendersAsTextInOurMarkup() {
        SortedSet<String> ours = StorageDom.vocabulary(StorageDom.parse(
                PAGES.lessons(ReviewFixtures.lessons(name -> "benign\n" + name), ReviewFixtures.CHAOS_DAY).storage()));
        Property.forAll("lessons page text", 300, random -> {
            RenderedPage page = PAGES.lessons(ReviewFixtures.lessons(name -> name + ":" + Texts.any(random, 12)),
                    ReviewFixtures.CHAOS_DAY);

            SortedSet<String> used = StorageDom.vocabulary(StorageDom.parse(page.storage()));
            assertTrue(used + " is not within " + ours, ours.containsAll(used));
        });
    }
}
