package io.chaosday.pages;

import java.util.List;

/** Everything {@code lessons.vm} shows. Template view; not for callers. */
public record LessonsPageView(
        String title,
        String chaosDayName,
        String chaosDay,
        List<FigureRow> figures,
        List<RunFiguresRow> onTheDay,
        List<ReviewLessonsRow> reviews,
        String improvementJql,
        String improvementSearchUrl,
        String server,
        String serverId,
        String reviewCql) {

    /** Whether the review pages are listed by a Page Properties Report (else as child pages). */
    public boolean report() {
        return !reviewCql.isEmpty();
    }

    /** Whether the improvements show through the Jira macro rather than as a link. */
    public boolean macro() {
        return !serverId.isEmpty();
    }
}
