package io.chaosday.jira.rest;

import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;

import java.util.function.Function;

/** A call answered on the request thread: the access check, the work, then its JSON or its failure's error body. */
record Answering(ProjectAccess access, FailureAnswers failures) {

    /** Checks the caller may do it, then answers with what {@code work} gives or the error body of its failure. */
    Answer answer(String projectKey, String doing, boolean toChange, Function<Project, JsonNode> work) {
        ProjectAccess.Checked checked = access.check(projectKey, toChange);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Project project = checked.project();
        try {
            return new Answer(200, work.apply(project).toString());
        } catch (RuntimeException failure) {
            return failures.of(project, doing, failure, true);
        }
    }
}
