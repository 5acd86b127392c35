package io.chaosday.rest;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.runlog.LogKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A Chaos Day on 2027-03-10 in project CHAOS whose experiments were run: each one's log has its
 * start, what was detected ("alert fired for KEY") and its stop, written by the engine's run log.
 */
public final class LoggedChaosDay {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Clock LATE_ON_THE_DAY = Clock.fixed(Instant.parse("2027-03-10T16:00:00Z"), ZONE);

    private LoggedChaosDay() {
    }

    /** Creates the Chaos Day, adds {@code experiments} experiments spread over its teams and logs each one's run; answers them. */
    public static List<TrackedIssue> create(IssueTracker tracker, String name, int teams, int experiments) {
        new CreateChaosDay(tracker).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec(name, LocalDate.parse("2027-03-10"), 1,
                        ChaosDaySpec.numberedTeams(teams), WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (int n = 1; n <= experiments; n++) {
            yaml.append("""
                      - title: Service %1$d loses its database
                        failure: {what: primary database stopped}
                        rollback: start the instance again
                        owner: alice
                        team: Team %2$d
                    """.formatted(n, 1 + n % teams));
        }
        ChaosDayId id = ChaosDayId.fromName(name);
        List<TrackedIssue> added = new ChaosDayExperiments(tracker)
                .add("CHAOS", id, ExperimentsFile.parse(yaml.toString(), "experiments.yaml"), false, Progress.SILENT).created();
        if (added.size() != experiments) {
            throw new IllegalStateException(added.size() + " experiments added of " + experiments);
        }
        ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find("CHAOS", id);
        DayLog log = new DayLog(tracker, LATE_ON_THE_DAY);
        for (TrackedIssue experiment : added) {
            log.write(found, ZONE, new DayLog.Request(experiment.key(), LogKind.START, "", Optional.of(LocalTime.parse("10:00")), false));
            log.write(found, ZONE, new DayLog.Request(experiment.key(), LogKind.DETECTED, "alert fired for " + experiment.key(),
                    Optional.of(LocalTime.parse("10:04")), false));
            log.write(found, ZONE, new DayLog.Request(experiment.key(), LogKind.STOP, "", Optional.of(LocalTime.parse("10:30")), false));
        }
        return added;
    }
}
