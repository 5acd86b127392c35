package io.chaosday.review.confluence;

import io.chaosday.review.Lessons;
import io.chaosday.review.LessonsFigures;
import java.time.LocalDate;
import java.util.List;

/** The lessons roll-up page: its title and what its template shows. */
public final class LessonsPage {

    static final String TEMPLATE = "lessons.vm";

    private LessonsPage() {
    }

    /** "Lessons: Spring Chaos Day (2027-03-10)". */
    public static String title(Lessons lessons) {
        return "Lessons: " + PageTitles.part(lessons.chaosDayName()) + " (" + lessons.chaosDay() + ")";
    }

    static LessonsPageView view(Lessons lessons, LocalDate today, JiraSite jira) {
        LessonsFigures f = lessons.figures(today);
        List<FigureRow> figures = List.of(
                new FigureRow("Experiments run", f.experimentsRun()),
                new FigureRow("Resolved by the Agents of Chaos", f.resolvedByAgents()),
                new FigureRow("Resolved by the owning team", f.resolvedByTeam()),
                new FigureRow("Still in progress", f.inProgress()),
                new FigureRow("Not run", f.notRun()),
                new FigureRow("Improvements still open", f.openImprovements()),
                new FigureRow("Improvements overdue on " + today, f.overdueImprovements()));
        List<ReviewLessonsRow> reviews = lessons.reviews().stream()
                .map(p -> new ReviewLessonsRow(p.pageTitle(), ReviewPage.team(p.review()).isEmpty() ? "Review"
                        : ReviewPage.team(p.review()), p.review().keyLessons()))
                .toList();
        return new LessonsPageView(
                title(lessons),
                lessons.chaosDayName(),
                lessons.chaosDay().toString(),
                figures,
                reviews,
                lessons.improvementJql(),
                jira.search(lessons.improvementJql()).toASCIIString(),
                jira.appLink().map(JiraLink::server).orElse(""),
                jira.appLink().map(JiraLink::serverId).orElse(""),
                lessons.reviewCql());
    }
}
