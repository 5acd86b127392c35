package io.chaosday.review.confluence;

import io.chaosday.review.storage.StorageFragment;
import java.util.List;

/**
 * Everything {@code review.vm} shows, as the template wants it: strings and fragments, no nulls,
 * no Optionals. Template view; not for callers.
 */
public record ReviewPageView(
        String title,
        IssueRef reviewIssue,
        String team,
        String chaosDayName,
        String chaosDay,
        List<String> participants,
        StorageFragment summary,
        List<ExperimentRow> experiments,
        List<TimelineRow> timelineRows,
        StorageFragment timelineText,
        StorageFragment detection,
        StorageFragment responseAndRecovery,
        StorageFragment impact,
        StorageFragment learnt,
        List<String> keyLessons,
        StorageFragment improvementNotes,
        List<ImprovementRow> improvements,
        StorageFragment nextChaosDay) {
}
