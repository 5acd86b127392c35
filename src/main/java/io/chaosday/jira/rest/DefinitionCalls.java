package io.chaosday.jira.rest;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.jira.ProjectChaosDay;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.DefinitionLimits;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.RescheduleChaosDay;

/** The Chaos Day's definition: read it, preview a change to it, and reschedule the project to hold it. */
record DefinitionCalls(Answering answering, LongWork longWork, ProjectAccess access, HostJira jira) {

    static final String RESCHEDULE = "reschedule";

    Answer get(String projectKey) {
        return answering.answer(projectKey, "reading the Chaos Day's definition", false,
                project -> jira.json().definition(jira.held(project).required(project.getKey())));
    }

    Answer reschedule(String projectKey, boolean dryRun, String body) {
        if (dryRun) {
            return answering.answer(projectKey, "previewing changes to the Chaos Day", true,
                    project -> rescheduled(project, RequestBody.parse(body), true, Progress.SILENT));
        }
        return longWork.inBackground(projectKey, "changing the Chaos Day", RESCHEDULE, project -> {
            JsonNode input = RequestBody.parse(body);
            return progress -> rescheduled(project, input, false, progress);
        });
    }

    /**
     * Makes the project hold what the definition asks for: the page's Save, and how a Chaos Day cut
     * short is finished (saving its definition as it stands creates what is missing).
     */
    private JsonNode rescheduled(Project project, JsonNode input, boolean dryRun, Progress progress) {
        ProjectChaosDay.Held held = jira.held(project);
        ChaosDayIssues found = held.found();
        // Early tickets of a moved Chaos Day may lie in the past: they are answered as overdue, not refused.
        // Without an Execute epic (a Chaos Day cut short) the definition on the project's mark is the one changed.
        ChaosDayDefinition definition = DefinitionInput.read(input)
                .apply(held.definition(), found.teams(), jira.today(), DefinitionLimits.Past.ALLOWED).orElseThrow();
        RescheduleChaosDay.Report report = new RescheduleChaosDay(jira.tracker()).run(project.getKey(), found, definition, dryRun,
                progress);
        if (!dryRun) {
            ProjectChaosDay.mark(jira.marks(), access.caller(), project, held, definition);
        }
        return jira.json().reschedule(report, dryRun, jira.today());
    }
}
