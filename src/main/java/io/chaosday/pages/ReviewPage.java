package io.chaosday.pages;

import io.chaosday.review.LessonsFigures;
import io.chaosday.review.Review;
import io.chaosday.review.Timeline;
import io.chaosday.site.JiraSite;
import io.chaosday.storage.StorageFragment;
import java.util.List;

/** The review page: its title and what its template shows. */
public final class ReviewPage {

    static final String TEMPLATE = "review.vm";

    private ReviewPage() {
    }

    /**
     * "Post-incident review: Payments — Spring Chaos Day (2027-03-10)"; a single team whose name is
     * not known gives "Post-incident review — Spring Chaos Day (2027-03-10)".
     */
    public static String title(Review review) {
        String team = team(review);
        return "Post-incident review" + (team.isEmpty() ? "" : ": " + PageTitles.part(team)) + " \u2014 "
                + PageTitles.part(review.chaosDayName()) + " (" + review.chaosDay() + ")";
    }

    static ReviewPageView view(Review review, JiraSite jira) {
        List<TimelineRow> rows = List.of();
        StorageFragment narrative = StorageFragment.EMPTY;
        if (review.timeline() instanceof Timeline.Entries entries) {
            rows = entries.entries().stream()
                    .map(e -> new TimelineRow(e.time(), e.who(), e.saw(), e.thought(), e.did())).toList();
        } else if (review.timeline() instanceof Timeline.Narrative text) {
            narrative = text.text();
        }
        LessonsFigures counts = LessonsFigures.of(List.of(review), review.chaosDay());
        java.util.Map<io.chaosday.review.IssueKey, io.chaosday.review.ExperimentRun> runs = review.runsByExperiment();
        io.chaosday.review.RunFigures onTheDay = io.chaosday.review.RunFigures.of(review.experiments(), runs,
                review.improvements().size());
        List<RunTimelineView> runTimelines = review.experiments().stream()
                .filter(e -> e.key().map(runs::containsKey).orElse(false) && !runs.get(e.key().get()).entries().isEmpty())
                .map(e -> new RunTimelineView(e.title(), runs.get(e.key().get()).entries()))
                .toList();
        List<Field> properties = Field.present(
                "Team", team(review),
                "Chaos Day", review.chaosDayName(),
                "Date", review.chaosDay().toString(),
                "Experiments", String.valueOf(counts.experiments()),
                "Resolved by the team", String.valueOf(counts.resolvedByTeam()),
                "Resolved by the Agents of Chaos", String.valueOf(counts.resolvedByAgents()),
                "Not run", String.valueOf(counts.notRun()),
                "Halted", onTheDay.halted() == 0 ? "" : String.valueOf(onTheDay.halted()),
                "Time to detect", onTheDay.medianTimeToDetect().map(io.chaosday.review.RunFigures::words).orElse(""),
                "Time to recover", onTheDay.medianTimeToRecover().map(io.chaosday.review.RunFigures::words).orElse(""),
                "Improvements", String.valueOf(counts.improvements()));
        return new ReviewPageView(
                title(review),
                review.isTeamOfTeams(),
                IssueRef.of(review.reviewKey(), jira),
                properties,
                review.participants(),
                review.summary(),
                review.experiments().stream()
                        .map(e -> ExperimentRow.of(e, e.key().map(runs::get), jira)).toList(),
                rows,
                runTimelines,
                narrative,
                review.detection(),
                review.responseAndRecovery(),
                review.impact(),
                review.learnt(),
                review.improvementNotes(),
                review.improvements().stream().map(i -> ImprovementRow.of(i, jira)).toList(),
                review.nextChaosDay());
    }

    /** The team's name, "Team of teams", or empty for a single team whose name is not known. */
    static String team(Review review) {
        return review.team().orElse(review.isTeamOfTeams() ? Views.TEAM_OF_TEAMS : "");
    }
}
