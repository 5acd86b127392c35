package io.chaosday.pages;

import io.chaosday.review.Lessons;
import io.chaosday.review.Review;
import io.chaosday.site.JiraSite;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Renders reviews and the lessons roll-up as Confluence pages in storage format. Build one and
 * keep it: the template engine is set up in the constructor, and rendering is thread-safe.
 */
public final class ConfluencePages {

    private final JiraSite jira;
    private final VelocityPages templates;
    private final String design;

    public ConfluencePages(JiraSite jira) {
        this.jira = Objects.requireNonNull(jira, "jira");
        this.templates = new VelocityPages();
        this.design = templates.design() + " " + jira;
    }

    /**
     * What, besides a page's own inputs, decides how it looks: the templates and where Jira is. A
     * publish that finds this unchanged since the last one, with the same inputs, has nothing to write.
     */
    public String design() {
        return design;
    }

    public RenderedPage review(Review review) {
        ReviewPageView view = ReviewPage.view(review, jira);
        return new RenderedPage(view.title(), templates.render(ReviewPage.TEMPLATE, view));
    }

    /** The roll-up; {@code today} decides which improvements count as overdue. */
    public RenderedPage lessons(Lessons lessons, LocalDate today) {
        LessonsPageView view = LessonsPage.view(lessons, today, jira);
        return new RenderedPage(view.title(), templates.render(LessonsPage.TEMPLATE, view));
    }

    /** For tests of the engine's own rules: any template of the folder, any view. */
    String render(String template, Object view) {
        return templates.render(template, view);
    }
}
