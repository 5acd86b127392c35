package io.chaosday.pages;

import io.chaosday.storage.StorageFragment;
import java.util.List;

/**
 * Everything {@code review.vm} shows, as the template wants it: strings and fragments, no nulls,
 * no Optionals. Template view; not for callers.
 *
 * @param properties  the page's properties for Confluence's Page Properties Report (team, date, counts)
 * @param teamOfTeams the experiments of every team: listed with their team, their cards left to the teams' pages
 */
public record ReviewPageView(
        String title,
        boolean teamOfTeams,
        IssueRef reviewIssue,
        List<Field> properties,
        List<String> participants,
        StorageFragment summary,
        List<ExperimentRow> experiments,
        List<TimelineRow> timelineRows,
        List<RunTimelineView> runTimelines,
        StorageFragment timelineText,
        StorageFragment detection,
        StorageFragment responseAndRecovery,
        StorageFragment impact,
        StorageFragment learnt,
        StorageFragment improvementNotes,
        List<ImprovementRow> improvements,
        StorageFragment nextChaosDay) {
}
