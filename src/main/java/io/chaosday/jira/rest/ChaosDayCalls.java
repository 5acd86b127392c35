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
import io.chaosday.jira.ProjectChaosDay;
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

    public ChaosDayCalls(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceForPublishing confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks) {
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
        return answer(projectKey, false, project -> json().definition(held(project).required(project.getKey())));
    }
    public Answer putDefinition(String projectKey, String body) {
        return reschedule(projectKey, false, body);
    }
    public Answer reschedule(String projectKey, boolean dryRun, String body) {
        return answer(projectKey, true, project -> {
            JsonNode input = parse(body);
            if (dryRun) {
                return rescheduled(project, input, true);
            }
            return locked(project, () -> rescheduled(project, input, false));
        });
    }
    public Answer getStatus(String projectKey) {
        return answer(projectKey, false, project -> StatusJson.of(ChaosDayStatus.of(find(project), today()), tracker::browse));
    }
    /** The go / no-go checklist: whether the Chaos Day is ready to run, each check with what to do about a failure. */
    public Answer getReady(String projectKey) {
        return answer(projectKey, false, project -> ReadinessAnswer.of(io.chaosday.workflow.day.GoNoGo.check(
                ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty()), today()), i18n));
    }

    /** The On the day panel: every experiment with its run log, and whether the reader may write it. */
    public Answer getDay(String projectKey) {
        return answer(projectKey, false, project -> {
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
        return answer(projectKey, false, project -> {
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
        Map<TrackedIssue, RunLog> logs = new DayLog(tracker, clock).logs(DayLog.experiments(found));
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
        // ApplicationUser#getUsername and #getKey: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/ApplicationUser.html
        return user != null && !owner.isEmpty()
                && (owner.equalsIgnoreCase(user.getUsername()) || owner.equals(user.getKey()));
    }

    public Answer getExperiments(String projectKey) {
        return answer(projectKey, false, project -> json().experiments(ChaosDayExperiments.list(
                ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty()))));
    }
    public Answer publish(String projectKey, String body) {
        return answer(projectKey, true, project -> {
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
            return locked(project, () -> {
                ChaosDayIssues found = ChaosDayFinder.withCardsAndPages(tracker).find(project.getKey(), Optional.empty());
                PublishReviews publish = new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(jira())));
                return json().publish(publish.publish(project.getKey(), found, found.name(), wiki, target, today(),
                        Progress.SILENT, PublishReviews.Events.NONE));
            });
        });
    }

    /**
     * Makes the project hold what the definition asks for: the page's Save, and how a Chaos Day cut
     * short is finished (saving its definition as it stands creates what is missing).
     */
    private JsonNode rescheduled(Project project, JsonNode input, boolean dryRun) {
        ProjectChaosDay.Held held = held(project);
        ChaosDayIssues found = held.found();
        // Early tickets of a moved Chaos Day may lie in the past: they are answered as overdue, not refused.
        // Without an Execute epic (a Chaos Day cut short) the definition on the project's mark is the one changed.
        ChaosDayDefinition definition = DefinitionInput.read(input)
                .apply(held.definition(), found.teams(), today(), DefinitionLimits.Past.ALLOWED).orElseThrow();
        RescheduleChaosDay.Report report = new RescheduleChaosDay(tracker).run(project.getKey(), found, definition, dryRun,
                Progress.SILENT);
        if (!dryRun) {
            ProjectChaosDay.mark(marks, authentication.getLoggedInUser(), project, held, definition);
        }
        return json().reschedule(report, dryRun, today());
    }

    private ProjectChaosDay.Held held(Project project) {
        return ProjectChaosDay.find(new ChaosDayFinder(tracker), marks, project);
    }

    /** Checks the caller may do it, then answers with what {@code work} gives or the error body of its failure. */
    private Answer answer(String projectKey, boolean toChange, Function<Project, JsonNode> work) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return error(failures.forbidden(toChange, String.valueOf(projectKey)));
        }
        Project project = projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        if (project == null) {
            return error(failures.of(new WorkflowException(new WorkflowFailure.ProjectNotFound(String.valueOf(projectKey))))
                    .orElseThrow());
        }
        if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
            return error(failures.forbidden(false, project.getKey()));
        }
        if (toChange && !permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)) {
            return error(failures.forbidden(true, project.getKey()));
        }
        try {
            return new Answer(200, work.apply(project).toString());
        } catch (BadInput bad) {
            return error(failures.badInput(bad.field(), bad.getMessage()));
        } catch (NotTheOwner refused) {
            return error(failures.notTheOwner(refused.experiment, refused.owner, project.getKey()));
        } catch (Busy busy) {
            return error(failures.busy(project.getKey()));
        } catch (NoConfluence none) {
            return error(failures.confluenceNotConfigured());
        } catch (SpaceNotAllowed refused) {
            return error(failures.spaceNotAllowed(refused.spaceKey, confluence.fallbackSpaces()));
        } catch (RuntimeException failure) {
            return error(failures.of(failure).orElseThrow(() -> failure));
        }
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
