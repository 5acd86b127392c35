package io.chaosday.pages;

import io.chaosday.review.RunFigures;

/** One line of the lessons page's "On the day" table: a team's figures, or everyone's. Template view; not for callers. */
public record RunFiguresRow(String team, int run, int halted, String timeToDetect, String timeToRecover, int improvements) {

    static RunFiguresRow of(String team, RunFigures f) {
        return new RunFiguresRow(team, f.run(), f.halted(), f.medianTimeToDetect().map(RunFigures::words).orElse("-"),
                f.medianTimeToRecover().map(RunFigures::words).orElse("-"), f.improvements());
    }
}
