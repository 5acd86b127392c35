package io.chaosday.jira.rest;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.day.DayZone;
import io.chaosday.workflow.runlog.RunLog;

import java.time.ZoneId;
import java.util.Map;

/** The On the day panel: every experiment's run log read, and one entry of it written by its owner. */
record OnTheDayCalls(Answering answering, ProjectAccess access, HostJira jira) {

    /** Every experiment with its run log, and whether the reader may write it. */
    Answer day(String projectKey) {
        return answering.answer(projectKey, "reading the day's run logs", false,
                project -> panel(project, jira.withCardsAndPages(project)));
    }

    /**
     * Writes one entry of an experiment's run log (start, detected, responded, recovered, note, stop
     * or halt) through the engine's {@link DayLog}, as the command line does, and answers the day as
     * it then stands. Only the experiment's owner or an administrator of the project may.
     */
    Answer log(String projectKey, String experiment, String body) {
        return answering.answer(projectKey, "writing an experiment's run log", false, project -> {
            ChaosDayIssues found = jira.withCardsAndPages(project);
            TrackedIssue issue = DayLog.experiment(found, String.valueOf(experiment));
            if (!access.mayRun(project, issue)) {
                throw new CallFailure.NotTheOwner(issue.key(), ExperimentCard.fromIssue(issue).map(e -> e.owner()).orElse(""));
            }
            DayLog.Request request = LogInput.read(RequestBody.parse(body), issue.key());
            ZoneId zone = DayZone.of(found, jira.clock().getZone());
            DayLog.Written written = new DayLog(jira.tracker(), jira.clock()).write(found, zone, request);
            return DayAnswer.written(written, zone, panel(project, found));
        });
    }

    /** The panel as it stands: each experiment's run log, and whether the reader may write it. */
    private ObjectNode panel(Project project, ChaosDayIssues found) {
        ZoneId zone = DayZone.of(found, jira.clock().getZone());
        Map<TrackedIssue, RunLog> logs = new DayLog(jira.tracker(), jira.clock()).logs(found.experiments());
        boolean administrator = access.administers(project);
        return DayAnswer.of(found.name(), zone, logs, jira.clock().instant(), issue -> administrator || access.owns(issue),
                jira.tracker()::browse);
    }
}
