package io.chaosday.pages;

import io.chaosday.review.Lessons;
import io.chaosday.review.LessonsFigures;
import io.chaosday.site.JiraLink;
import io.chaosday.site.JiraSite;
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

    /**
     * Per team (each team's own review) and overall (every experiment once): experiments run and halted,
     * median times to detect and to recover, improvements raised. Empty when no review names a team.
     */
    static List<RunFiguresRow> onTheDay(Lessons lessons, LessonsFigures overall) {
        List<RunFiguresRow> rows = new java.util.ArrayList<>();
        java.util.Map<io.chaosday.review.IssueKey, io.chaosday.review.ExperimentRun> runs = new java.util.LinkedHashMap<>();
        java.util.Map<Object, io.chaosday.review.Experiment> experiments = new java.util.LinkedHashMap<>();
        for (io.chaosday.review.PublishedReview published : lessons.reviews()) {
            io.chaosday.review.Review review = published.review();
            review.runsByExperiment().forEach(runs::putIfAbsent);
            review.experiments().forEach(e -> experiments.putIfAbsent(e.key().<Object>map(k -> k).orElse(e), e));
            if (!review.isTeamOfTeams() && review.team().isPresent()) {
                rows.add(RunFiguresRow.of(review.team().get(), io.chaosday.review.RunFigures.of(review.experiments(),
                        review.runsByExperiment(), review.improvements().size())));
            }
        }
        rows.add(RunFiguresRow.of("All teams", io.chaosday.review.RunFigures.of(experiments.values(), runs, overall.improvements())));
        return rows;
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
                onTheDay(lessons, f),
                reviews,
                lessons.improvementJql(),
                jira.search(lessons.improvementJql()).toASCIIString(),
                jira.appLink().map(JiraLink::server).orElse(""),
                jira.appLink().map(JiraLink::serverId).orElse(""),
                lessons.reviewCql());
    }
}
