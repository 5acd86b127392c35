package io.chaosday.jira.rest;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.jira.ProjectLock;
import io.chaosday.jira.ProjectTasks;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.tracker.Progress;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Long work (rescheduling, publishing) run as the project's background task under the project's
 * cluster lock, answering BUSY when either is taken; and the task as the page reads it back.
 */
record LongWork(Answering answering, JiraAuthenticationContext authentication, ClusterLockService locks, ProjectTasks tasks,
        Duration answerWithin) {

    /** Long work that ends sooner is answered at once, as if it had run on the request thread. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    /** What the project's last long task is doing, or what it answered: the page reads it after a reload. */
    Answer task(String projectKey) {
        return answering.answer(projectKey, "reading the Chaos Day's running task", false, project -> AnswerJson.MAPPER.createObjectNode()
                .set("task", tasks.latest(project.getKey()).map(LongWork::taskJson).orElse(null)));
    }

    /**
     * The checks and the reading of the input on the request thread, the work itself as the project's
     * background task, under its lock. Answered as the work answered when it ends within
     * {@link #ANSWER_WITHIN}; otherwise 202 with the task's progress, for the page to follow.
     */
    Answer inBackground(String projectKey, String doing, String kind, Function<Project, Function<Progress, JsonNode>> prepare) {
        ProjectAccess.Checked checked = answering.access().check(projectKey, true);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Project project = checked.project();
        Function<Progress, JsonNode> work;
        try {
            work = prepare.apply(project);
        } catch (RuntimeException failure) {
            return answering.failures().of(project, doing, failure, true);
        }
        ApplicationUser user = authentication.getLoggedInUser();
        ProjectTasks.Start start = tasks.start(project.getKey(), kind, progress -> {
            // Jira keeps the acting user per thread: the task acts as the person who asked, and gives the thread back as it was.
            ApplicationUser before = authentication.getLoggedInUser();
            authentication.setLoggedInUser(user);
            try {
                Answer answer = new Answer(200, locked(project, () -> work.apply(progress)).toString());
                return new ProjectTasks.Result(answer.status(), answer.json());
            } catch (RuntimeException failure) {
                Answer answer = answering.failures().of(project, doing, failure, false);
                return new ProjectTasks.Result(answer.status(), answer.json());
            } finally {
                if (before == null) {
                    authentication.clearLoggedInUser();
                } else {
                    authentication.setLoggedInUser(before);
                }
            }
        });
        if (start instanceof ProjectTasks.Start.Busy busy) {
            ObjectNode body = AnswerJson.error(answering.failures().bodies().busy(project.getKey()));
            body.set("task", taskJson(busy.running()));
            return new Answer(409, body.toString());
        }
        try {
            ProjectTasks.Result done = ((ProjectTasks.Start.Started) start).finished()
                    .get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(done.status(), done.json());
        } catch (TimeoutException stillRunning) {
            return running(project);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return running(project);
        } catch (ExecutionException unanswered) {
            return answering.failures().of(project, doing, new IllegalStateException(unanswered.getCause()), true);
        }
    }

    /** Runs the work under the project's lock; another publish or reschedule holding it makes it BUSY. */
    private JsonNode locked(Project project, java.util.function.Supplier<JsonNode> work) {
        return ProjectLock.tryRun(locks, project.getKey(), work).orElseThrow(CallFailure.Busy::new);
    }

    /** Still running: 202 with the task's progress, for the page to follow. */
    private Answer running(Project project) {
        return new Answer(202, AnswerJson.MAPPER.createObjectNode()
                .set("task", taskJson(tasks.latest(project.getKey()).orElseThrow())).toString());
    }

    /** The task as the page reads it: its kind, where it is and, once done, the answer of its work. */
    static ObjectNode taskJson(ProjectTasks.Snapshot task) {
        ObjectNode node = AnswerJson.MAPPER.createObjectNode().put("kind", task.kind())
                .put("state", task.running() ? "RUNNING" : "DONE").put("started", task.started().toString())
                .put("step", task.step()).put("done", task.done()).put("total", task.total());
        task.result().ifPresent(result -> {
            ObjectNode answer = node.putObject("answer").put("status", result.status());
            try {
                answer.set("body", AnswerJson.MAPPER.readTree(result.json()));
            } catch (JsonProcessingException unreadable) {
                answer.putObject("body");
            }
        });
        return node;
    }
}
