package io.chaosday.jira.rest;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.jira.FailureLog;
import io.chaosday.jira.ProjectChaosDay;
import io.chaosday.jira.ProjectTasks;
import io.chaosday.jira.ProjectLock;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.DefinitionLimits;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.ChaosDayStatus;
import io.chaosday.workflow.StatusJson;
import io.chaosday.workflow.PublishReviews;
import io.chaosday.workflow.RescheduleChaosDay;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.day.DayLog;
import io.chaosday.workflow.day.DayZone;
import io.chaosday.workflow.runlog.RunLog;
import io.chaosday.tracker.TrackedIssue;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each call of the REST resource does, apart from HTTP: checks the project permission in
 * code (browse to read, administer to change; an experiment's run log also its owner), reads the JSON body, runs the engine's use case,
 * and answers with the OpenAPI document's JSON or the error body of the failure. Rescheduling and
 * publishing run under the project's cluster lock and answer BUSY when it is taken.
 */
public final class ChaosDayCalls {

    private final I18nResolver i18n;

    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final IssueTracker tracker;
    private final ClusterLockService locks;
    private final ConfluenceForPublishing confluence;
    private final ApplicationProperties application;
    private final Clock clock;
    private final FailureBodies failures;
    private final ProjectMark marks;

    private final FailureLog log;
    private final ProjectTasks tasks;
    private final Duration answerWithin;

    /** Long work that ends sooner is answered at once, as if it had run on the request thread. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    public ChaosDayCalls(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceForPublishing confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks, ProjectTasks tasks) {
        this(authentication, permissions, projects, tracker, locks, i18n, confluence, application, clock, marks,
                FailureLog.of(ChaosDayCalls.class, confluence::secrets), tasks, ANSWER_WITHIN);
    }

    /**
     * With the log failures go to (Jira's, through SLF4J, unless a test reads it) and how long a
     * request waits for its long work before answering that it runs on.
     */
    public ChaosDayCalls(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceForPublishing confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks, FailureLog log, ProjectTasks tasks,
            Duration answerWithin) {
        this.log = log;
        this.tasks = tasks;
        this.answerWithin = answerWithin;
        this.authentication = authentication;
        this.permissions = permissions;
        this.projects = projects;
        this.tracker = tracker;
        this.locks = locks;
        this.confluence = confluence;
        this.application = application;
        this.clock = clock;
        this.failures = new FailureBodies(i18n::getText);
        this.i18n = i18n;
        this.marks = marks;
    }
    public Answer getDefinition(String projectKey) {
        return answer(projectKey, "reading the Chaos Day's definition", false, project -> json().definition(held(project).required(project.getKey())));
    }
    public Answer putDefinition(String projectKey, String body) {
        return reschedule(projectKey, false, body);
    }
    public Answer reschedule(String projectKey, boolean dryRun, String body) {
        if (dryRun) {
            return answer(projectKey, "previewing changes to the Chaos Day", true,
                    project -> rescheduled(project, parse(body), true, Progress.SILENT));
        }
        return inBackground(projectKey, "changing the Chaos Day", RESCHEDULE, project -> {
            JsonNode input = parse(body);
            return progress -> locked(project, () -> rescheduled(project, input, false, progress));
        });
    }

    /** What the project's last long task is doing, or what it answered: the page reads it after a reload. */
    public Answer getTask(String projectKey) {
        return answer(projectKey, "reading the Chaos Day's running task", false, project -> AnswerJson.MAPPER.createObjectNode()
                .set("task", tasks.latest(project.getKey()).map(ChaosDayCalls::taskJson).orElse(null)));
    }
    public Answer getStatus(String projectKey) {
        return answer(projectKey, "reading the Chaos Day's status", false, project -> StatusJson.of(ChaosDayStatus.of(find(project), today()), tracker::browse));
    }
    /** The go / no-go checklist: whether the Chaos Day is ready to run, each check with what to do about a failure. */
    public Answer getReady(String projectKey) {
        return answer(projectKey, "checking whether the Chaos Day is ready", false, project -> ReadinessAnswer.of(io.chaosday.workflow.day.GoNoGo.check(
                ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty()), today()), i18n));
    }

    /** The On the day panel: every experiment with its run log, and whether the reader may write it. */
    public Answer getDay(String projectKey) {
        return answer(projectKey, "reading the day's run logs", false, project -> {
            ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty());
            return day(project, found);
        });
    }

    /**
     * Writes one entry of an experiment's run log (start, detected, responded, recovered, note, stop
     * or halt) through the engine's {@link DayLog}, as the command line does, and answers the day as
     * it then stands. Only the experiment's owner or an administrator of the project may.
     */
    public Answer log(String projectKey, String experiment, String body) {
        return answer(projectKey, "writing an experiment's run log", false, project -> {
            ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty());
            TrackedIssue issue = DayLog.experiment(found, String.valueOf(experiment));
            if (!mayRun(project, issue)) {
                throw new NotTheOwner(issue.key(), ExperimentCard.fromIssue(issue).map(e -> e.owner()).orElse(""));
            }
            DayLog.Request request = LogInput.read(parse(body), issue.key());
            ZoneId zone = DayZone.of(found, clock.getZone());
            DayLog.Written written = new DayLog(tracker, clock).write(found, zone, request);
            return DayAnswer.written(written, zone, day(project, found));
        });
    }

    private com.fasterxml.jackson.databind.node.ObjectNode day(Project project, ChaosDayIssues found) {
        ZoneId zone = DayZone.of(found, clock.getZone());
        Map<TrackedIssue, RunLog> logs = new DayLog(tracker, clock).logs(found.experiments());
        boolean administrator = administers(project);
        return DayAnswer.of(found.name(), zone, logs, clock.instant(), issue -> administrator || owns(issue), tracker::browse);
    }

    /** The experiment's owner, or an administrator of its project, runs it. */
    private boolean mayRun(Project project, TrackedIssue issue) {
        return administers(project) || owns(issue);
    }

    private boolean administers(Project project) {
        return permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, authentication.getLoggedInUser());
    }

    /**
     * Whether the card's owner names the logged-in user: by user name (case aside, as Jira compares
     * them) or by user key. Adding an experiment assigns its ticket to the user of that name.
     */
    private boolean owns(TrackedIssue issue) {
        ApplicationUser user = authentication.getLoggedInUser();
        String owner = ExperimentCard.fromIssue(issue).map(e -> e.owner().strip()).orElse("");
        // An ApplicationUser is every user of one username "ignoring case"; getKey never changes:
        // https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
        return user != null && !owner.isEmpty()
                && (owner.equalsIgnoreCase(user.getUsername()) || owner.equals(user.getKey()));
    }

    public Answer getExperiments(String projectKey) {
        return answer(projectKey, "listing the Chaos Day's experiments", false, project -> json().experiments(ChaosDayExperiments.list(
                ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty()))));
    }
    static final String RESCHEDULE = "reschedule";
    static final String PUBLISH = "publish";

    public Answer publish(String projectKey, String body) {
        return inBackground(projectKey, "publishing the review pages", PUBLISH, project -> {
            PublishReviews.Target target = PublishInput.read(parse(body));
            ConfluenceConnections.Target where = confluence.target();
            if (where.state() == ConfluenceConnections.State.AUTHORISATION_NEEDED) {
                throw new io.chaosday.jira.link.ConfluenceAuthorisationRequired(where.url(), where.name());
            }
            // Through the link each person publishes as themselves; through the token, as its owner: only where allowed.
            if (where.state() == ConfluenceConnections.State.FALLBACK && !confluence.fallbackSpaces().contains(target.spaceKey())) {
                throw new SpaceNotAllowed(target.spaceKey());
            }
            Wiki wiki = confluence.wiki().orElseThrow(NoConfluence::new);
            URI site = jira();
            return progress -> locked(project, () -> {
                ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty());
                PublishReviews publish = new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(site)));
                return new AnswerJson(site).publish(publish.publish(project.getKey(), found, found.name(), wiki, target, today(),
                        progress, PublishReviews.Events.NONE));
            });
        });
    }

    /**
     * Makes the project hold what the definition asks for: the page's Save, and how a Chaos Day cut
     * short is finished (saving its definition as it stands creates what is missing).
     */
    private JsonNode rescheduled(Project project, JsonNode input, boolean dryRun, Progress progress) {
        ProjectChaosDay.Held held = held(project);
        ChaosDayIssues found = held.found();
        // Early tickets of a moved Chaos Day may lie in the past: they are answered as overdue, not refused.
        // Without an Execute epic (a Chaos Day cut short) the definition on the project's mark is the one changed.
        ChaosDayDefinition definition = DefinitionInput.read(input)
                .apply(held.definition(), found.teams(), today(), DefinitionLimits.Past.ALLOWED).orElseThrow();
        RescheduleChaosDay.Report report = new RescheduleChaosDay(tracker).run(project.getKey(), found, definition, dryRun,
                progress);
        if (!dryRun) {
            ProjectChaosDay.mark(marks, authentication.getLoggedInUser(), project, held, definition);
        }
        return json().reschedule(report, dryRun, today());
    }

    private ProjectChaosDay.Held held(Project project) {
        return ProjectChaosDay.find(new ChaosDayFinder(tracker), marks, project);
    }

    /** Checks the caller may do it, then answers with what {@code work} gives or the error body of its failure. */
    private Answer answer(String projectKey, String doing, boolean toChange, Function<Project, JsonNode> work) {
        Checked checked = check(projectKey, toChange);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Project project = checked.project();
        try {
            return new Answer(200, work.apply(project).toString());
        } catch (RuntimeException failure) {
            return failed(project, doing, failure, true);
        }
    }

    /**
     * Long work: the checks and the reading of the input on the request thread, the work itself as
     * the project's background task. Answered as the work answered when it ends within
     * {@link #ANSWER_WITHIN}; otherwise 202 with the task's progress, for the page to follow.
     */
    private Answer inBackground(String projectKey, String doing, String kind,
            Function<Project, Function<Progress, JsonNode>> prepare) {
        Checked checked = check(projectKey, true);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Project project = checked.project();
        Function<Progress, JsonNode> work;
        try {
            work = prepare.apply(project);
        } catch (RuntimeException failure) {
            return failed(project, doing, failure, true);
        }
        ApplicationUser user = authentication.getLoggedInUser();
        ProjectTasks.Start start = tasks.start(project.getKey(), kind, progress -> {
            // Jira keeps the acting user per thread: the task acts as the person who asked, and gives the thread back as it was.
            ApplicationUser before = authentication.getLoggedInUser();
            authentication.setLoggedInUser(user);
            try {
                Answer answer = new Answer(200, work.apply(progress).toString());
                return new ProjectTasks.Result(answer.status(), answer.json());
            } catch (RuntimeException failure) {
                Answer answer = failed(project, doing, failure, false);
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
            ObjectNode body = AnswerJson.error(failures.busy(project.getKey()));
            body.set("task", taskJson(busy.running()));
            return new Answer(409, body.toString());
        }
        try {
            ProjectTasks.Result done = ((ProjectTasks.Start.Started) start).finished()
                    .get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(done.status(), done.json());
        } catch (TimeoutException stillRunning) {
            return new Answer(202, AnswerJson.MAPPER.createObjectNode()
                    .set("task", taskJson(tasks.latest(project.getKey()).orElseThrow())).toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Answer(202, AnswerJson.MAPPER.createObjectNode()
                    .set("task", taskJson(tasks.latest(project.getKey()).orElseThrow())).toString());
        } catch (ExecutionException unanswered) {
            return failed(project, doing, new IllegalStateException(unanswered.getCause()), true);
        }
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

    /** A project the caller may act on, or the refusal to answer with. */
    private record Checked(Project project, Answer refusal) {
    }

    private Checked check(String projectKey, boolean toChange) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return new Checked(null, error(failures.forbidden(toChange, String.valueOf(projectKey))));
        }
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null) {
            return new Checked(null, error(failures.of(new WorkflowException(
                    new WorkflowFailure.ProjectNotFound(String.valueOf(projectKey)))).orElseThrow()));
        }
        if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
            return new Checked(null, error(failures.forbidden(false, project.getKey())));
        }
        if (toChange && !permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)) {
            return new Checked(null, error(failures.forbidden(true, project.getKey())));
        }
        return new Checked(project, null);
    }

    /**
     * The error body of a failure, logged when Jira, Confluence or the plugin is at fault. On the
     * request thread an unexpected failure leaves as its copy without secrets, for Jira to answer;
     * in a background task it is answered with {@code FAILED} instead.
     */
    private Answer failed(Project project, String doing, RuntimeException failure, boolean onRequestThread) {
        if (failure instanceof BadInput bad) {
            return error(failures.badInput(bad.field(), bad.getMessage()));
        }
        if (failure instanceof NotTheOwner refused) {
            return error(failures.notTheOwner(refused.experiment, refused.owner, project.getKey()));
        }
        if (failure instanceof Busy) {
            return error(failures.busy(project.getKey()));
        }
        if (failure instanceof NoConfluence) {
            return error(failures.confluenceNotConfigured());
        }
        if (failure instanceof SpaceNotAllowed refused) {
            return error(failures.spaceNotAllowed(refused.spaceKey, confluence.fallbackSpaces()));
        }
        Optional<ErrorBody> known = failures.of(failure);
        if (known.isEmpty()) {
            log.error(doing, project.getKey(), failure);
            if (onRequestThread) {
                // Jira logs what a resource throws as it is: only the copy without secrets leaves here.
                throw log.redacted(failure);
            }
            return error(failures.failed(project.getKey()));
        }
        if (known.get().status() >= 500) {
            log.warn(doing, project.getKey(), failure);
        }
        return error(known.get());
    }

    /** Read after the access check, so a caller without the permission learns nothing from the body's faults. */
    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : AnswerJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadInput(Optional.empty(), e.getOriginalMessage());
        }
    }

    private static Answer error(ErrorBody body) {
        return new Answer(body.status(), AnswerJson.error(body).toString());
    }

    private JsonNode locked(Project project, java.util.function.Supplier<JsonNode> work) {
        return ProjectLock.tryRun(locks, project.getKey(), work).orElseThrow(Busy::new);
    }

    private ChaosDayIssues find(Project project) {
        return held(project).found();
    }

    private AnswerJson json() {
        return new AnswerJson(jira());
    }

    private URI jira() {
        return URI.create(application.getBaseUrl(UrlMode.CANONICAL));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The project's lock is held by another publish or reschedule. */
    private static final class Busy extends RuntimeException {
        Busy() {
            super(null, null, false, false);
        }
    }

    /** Someone who neither owns the experiment nor administers the project wrote to its run log. */
    private static final class NotTheOwner extends RuntimeException {
        private final String experiment;
        private final String owner;

        NotTheOwner(String experiment, String owner) {
            super(null, null, false, false);
            this.experiment = experiment;
            this.owner = owner;
        }
    }

    /** A space the fallback token may not publish to. */
    private static final class SpaceNotAllowed extends RuntimeException {
        private final String spaceKey;

        SpaceNotAllowed(String spaceKey) {
            super(null, null, false, false);
            this.spaceKey = spaceKey;
        }
    }

    /** Neither an application link to Confluence nor a fallback address and token. */
    private static final class NoConfluence extends RuntimeException {
        NoConfluence() {
            super(null, null, false, false);
        }
    }

    /** An HTTP status and the JSON text to answer with. */
    public record Answer(int status, String json) {
    }
}
