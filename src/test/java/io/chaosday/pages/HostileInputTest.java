package io.chaosday.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.pages.ConfluencePages;
import io.chaosday.pages.RenderedPage;
import io.chaosday.review.HostileInputs;
import io.chaosday.review.ReviewFixtures;
import io.chaosday.review.StorageDom;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
import io.chaosday.storage.StorageEscaper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.Test;
import org.w3c.dom.Document;

/**
 * Whatever people type into a review, the page holds exactly our markup and their exact words.
 * Each field gets its own value ("experiment1.rollback:" + the hostile text), so a field that
 * went missing or got mangled is named in the failure.
 */
public class HostileInputTest {

    private static final URI JIRA = URI.create("https://jira.example.com/jira");
    private static final List<ConfluencePages> RENDERERS = List.of(
            new ConfluencePages(JiraSite.linked(JIRA, new JiraLink("Example Jira", "5a1f-77"))),
            new ConfluencePages(JiraSite.unlinked(JIRA)));

    /**
     * The key lessons repeat "What we learnt": the lessons page shows them, the review page does not.
     * A team's page shows only its own experiments, so not their team; the team-of-teams page does.
     */
    private static final List<String> NOT_ON_A_TEAMS_PAGE = List.of("keyLesson", "experiment1.team", "experiment2.team");

    /** What the lessons page shows of its reviews; the rest of each review stays on its own page. */
    private static final List<String> LESSONS_FIELDS = List.of("chaosDayName", "team", "page1.title", "page2.title",
            "keyLesson", "teamOfTeams.lesson1", "teamOfTeams.lesson2", "improvementJql");

    @Test
    public void hostileInputInAnyReviewFieldAddsNoMarkup() {
        for (ConfluencePages pages : RENDERERS) {
            SortedSet<String> ours = vocabulary(pages.review(ReviewFixtures.review(name -> "benign " + name)));
            for (String hostile : HostileInputs.ALL) {
                RenderedPage page = pages.review(ReviewFixtures.review(name -> name + ":" + hostile));
                assertEquals(HostileInputs.describe(hostile), ours, vocabulary(page));
            }
        }
    }

    @Test
    public void hostileInputInAnyLessonsFieldAddsNoMarkup() {
        for (ConfluencePages pages : RENDERERS) {
            SortedSet<String> ours = vocabulary(
                    pages.lessons(ReviewFixtures.lessons(name -> "benign " + name), ReviewFixtures.CHAOS_DAY));
            for (String hostile : HostileInputs.ALL) {
                RenderedPage page = pages.lessons(ReviewFixtures.lessons(name -> name + ":" + hostile),
                        ReviewFixtures.CHAOS_DAY);
                assertEquals(HostileInputs.describe(hostile), ours, vocabulary(page));
            }
        }
    }

    @Test
    public void everyReviewFieldComesBackAsItsExactText() {
        for (ConfluencePages pages : RENDERERS) {
            for (String hostile : HostileInputs.ALL) {
                assertEveryFieldComesBack(hostile, List.of(), NOT_ON_A_TEAMS_PAGE,
                        field -> pages.review(ReviewFixtures.review(field)));
            }
        }
    }

    @Test
    public void everyLessonsFieldComesBackAsItsExactText() {
        for (ConfluencePages pages : RENDERERS) {
            for (String hostile : HostileInputs.ALL) {
                assertEveryFieldComesBack(hostile, LESSONS_FIELDS, List.of(),
                        field -> pages.lessons(ReviewFixtures.lessons(field), ReviewFixtures.CHAOS_DAY));
            }
        }
    }

    @Test
    public void hostileTitleNeverBecomesMarkup() {
        for (String hostile : HostileInputs.ALL) {
            RenderedPage page = RENDERERS.get(0).review(ReviewFixtures.review(hostile));
            String title = page.title();
            assertTrue(HostileInputs.describe(hostile), title.startsWith("Post-incident review: "));
            assertTrue(title.endsWith(" (2027-03-10)"));
            assertFalse("one line of legal characters", title.matches("(?s).*[\\p{Cc}\\uFFFE\\uFFFF].*"));
            assertTrue("within Confluence's 255 characters", title.length() <= 255);
        }
    }

    @Test
    public void velocitySyntaxInUserTextIsPrintedNotRun() {
        RenderedPage page = RENDERERS.get(0).review(ReviewFixtures.review("#set($x=1) $view ${esc}"));
        assertTrue(page.storage().contains("<td>#set($x=1) $view ${esc}</td>"));
        assertTrue(page.storage().contains("<strong>Rollback:</strong> #set($x=1) $view ${esc}</li>"));
    }

    private static SortedSet<String> vocabulary(RenderedPage page) {
        return StorageDom.vocabulary(StorageDom.parse(page.storage()));
    }

    /**
     * Checks the {@code only} fields, or when empty every field the fixture asked for but the {@code except} ones.
     */
    private static void assertEveryFieldComesBack(String hostile, List<String> only, List<String> except,
            Function<UnaryOperator<String>, RenderedPage> render) {
        List<String> fields = new ArrayList<>();
        RenderedPage page = render.apply(name -> {
            fields.add(name);
            return name + ":" + hostile;
        });
        if (!only.isEmpty()) {
            assertTrue("the fixture still has " + only, fields.containsAll(only));
            fields.retainAll(only);
        }
        fields.removeAll(except);
        Document document = StorageDom.parse(page.storage());
        List<String> texts = StorageDom.texts(document);
        for (String field : fields) {
            String expected = StorageEscaper.stripIllegal(field + ":" + hostile);
            assertTrue(field + " with " + HostileInputs.describe(hostile),
                    texts.stream().anyMatch(t -> t.contains(expected)));
        }
    }
}
