package io.chaosday.jira.rest;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.FailureLog;
import io.chaosday.jira.ProjectTasks;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.tracker.IssueTracker;

import java.time.Clock;
import java.time.Duration;

/**
 * What each call of the REST resource does, apart from HTTP: checks the project permission in
 * code (browse to read, administer to change; an experiment's run log also its owner), reads the JSON body, runs the engine's use case,
 * and answers with the OpenAPI document's JSON or the error body of the failure. Rescheduling and
 * publishing run under the project's cluster lock and answer BUSY when it is taken.
 * Each group of calls lives in its own class; this one puts them together for the resource.
 */
public final class ChaosDayCalls {

    private final DefinitionCalls definition;
    private final ChaosDayReads reads;
    private final OnTheDayCalls onTheDay;
    private final PublishCall publishing;
    private final LongWork longWork;

    public ChaosDayCalls(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceForPublishing confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks, ProjectTasks tasks) {
        this(authentication, permissions, projects, tracker, locks, i18n, confluence, application, clock, marks,
                FailureLog.of(ChaosDayCalls.class, confluence::secrets), tasks, LongWork.ANSWER_WITHIN);
    }

    /**
     * With the log failures go to (Jira's, through SLF4J, unless a test reads it) and how long a
     * request waits for its long work before answering that it runs on.
     */
    public ChaosDayCalls(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceForPublishing confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks, FailureLog log, ProjectTasks tasks,
            Duration answerWithin) {
        FailureBodies bodies = new FailureBodies(i18n::getText);
        ProjectAccess access = new ProjectAccess(authentication, permissions, projects, bodies);
        FailureAnswers failures = new FailureAnswers(bodies, confluence, log);
        Answering answering = new Answering(access, failures);
        HostJira jira = new HostJira(tracker, marks, application, clock);
        this.longWork = new LongWork(answering, authentication, locks, tasks, answerWithin);
        this.definition = new DefinitionCalls(answering, longWork, access, jira);
        this.reads = new ChaosDayReads(answering, jira, i18n);
        this.onTheDay = new OnTheDayCalls(answering, access, jira);
        this.publishing = new PublishCall(longWork, confluence, jira);
    }

    public Answer getDefinition(String projectKey) {
        return definition.get(projectKey);
    }

    public Answer putDefinition(String projectKey, String body) {
        return definition.reschedule(projectKey, false, body);
    }

    public Answer reschedule(String projectKey, boolean dryRun, String body) {
        return definition.reschedule(projectKey, dryRun, body);
    }

    /** What the project's last long task is doing, or what it answered: the page reads it after a reload. */
    public Answer getTask(String projectKey) {
        return longWork.task(projectKey);
    }

    public Answer getStatus(String projectKey) {
        return reads.status(projectKey);
    }

    /** The go / no-go checklist: whether the Chaos Day is ready to run, each check with what to do about a failure. */
    public Answer getReady(String projectKey) {
        return reads.ready(projectKey);
    }

    /** The On the day panel: every experiment with its run log, and whether the reader may write it. */
    public Answer getDay(String projectKey) {
        return onTheDay.day(projectKey);
    }

    /** Writes one entry of an experiment's run log; only its owner or an administrator of the project may. */
    public Answer log(String projectKey, String experiment, String body) {
        return onTheDay.log(projectKey, experiment, body);
    }

    public Answer getExperiments(String projectKey) {
        return reads.experiments(projectKey);
    }

    public Answer publish(String projectKey, String body) {
        return publishing.publish(projectKey, body);
    }

    /** An HTTP status and the JSON text to answer with. */
    public record Answer(int status, String json) {

        /** The answer of a failure: its status and its error body. */
        static Answer of(ErrorBody body) {
            return new Answer(body.status(), AnswerJson.error(body).toString());
        }
    }
}
