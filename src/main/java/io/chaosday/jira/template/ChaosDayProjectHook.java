package io.chaosday.jira.template;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.template.hook.AddProjectHook;
import com.atlassian.jira.project.template.hook.ConfigureData;
import com.atlassian.jira.project.template.hook.ConfigureResponse;
import com.atlassian.jira.project.template.hook.ValidateData;
import com.atlassian.jira.project.template.hook.ValidateResponse;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.FailureLog;
import io.chaosday.jira.FailureText;
import io.chaosday.jira.ProjectLock;
import io.chaosday.jira.tracker.JiraSoftware;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import io.chaosday.jira.tracker.ProjectMark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The Chaos Day project template's hook. Jira calls {@link #validate} while the Create project
 * dialog is open, and {@link #configure} once it has made the project from the template's
 * descriptor; configure then makes the Chaos Day's epics and tickets through the same use case
 * the command line runs.
 */
public final class ChaosDayProjectHook implements AddProjectHook {

    private static final FailureLog LOG = FailureLog.of(ChaosDayProjectHook.class);

    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final CustomFieldManager fields;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final ClusterLockService locks;
    private final I18nResolver i18n;
    private final IssueTracker tracker;
    private final Clock clock;
    private final ProjectMark marks;
    private final ProjectBoard board;

    public ChaosDayProjectHook(JiraAuthenticationContext authentication, PermissionManager permissions, CustomFieldManager fields,
            IssueTypeSchemeManager issueTypeSchemes, ClusterLockService locks, I18nResolver i18n, IssueTracker tracker, Clock clock,
            ProjectMark marks, ProjectBoard board) {
        this.board = board;
        this.authentication = authentication;
        this.permissions = permissions;
        this.fields = fields;
        this.issueTypeSchemes = issueTypeSchemes;
        this.locks = locks;
        this.i18n = i18n;
        this.tracker = tracker;
        this.clock = clock;
        this.marks = marks;
    }

    @Override
    public ValidateResponse validate(ValidateData data) {
        ValidateResponse response = ValidateResponse.create();
        if (JiraSoftware.find(fields).isEmpty()) {
            response.addErrorMessage(i18n.getText("chaosday.template.error.jira-software"));
        }
        ApplicationUser user = authentication.getLoggedInUser();
        // The project does not exist yet: ask whether the user may create issues anywhere at all.
        if (user == null || permissions.getProjects(ProjectPermissions.CREATE_ISSUES, user).isEmpty()) {
            response.addErrorMessage(i18n.getText("chaosday.template.error.create-issues"));
        }
        return response;
    }

    @Override
    public ConfigureResponse configure(ConfigureData data) {
        Project project = data.project();
        JiraSoftware software = JiraSoftware.find(fields).orElseThrow(() ->
                new IllegalStateException(i18n.getText("chaosday.template.error.jira-software")));
        attachEpicType(project, data.issueTypeScheme(), software.epicType());
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            throw new IllegalStateException(i18n.getText("chaosday.template.error.create-issues"));
        }
        // Stored with the Chaos Day and marked provisional, for the Chaos Day page to confirm.
        ChaosDayDefinition provisional = ChaosDayDefinition.withDefaults(
                ProvisionalChaosDay.forProject(project.getName(), LocalDate.now(clock))).withProvisional(true);
        CreateChaosDay.Request request = new CreateChaosDay.Request(project.getKey(), Optional.empty(), provisional, false);
        // Marked first: a creation cut short still leaves the sidebar item, and the page that finishes it.
        marks.write(user, project.getId(), new ProjectMark.Mark(request.id(), provisional, createdTypes(data)));
        try {
            ProjectLock.run(locks, project.getKey(), () -> new CreateChaosDay(tracker).run(request, Progress.SILENT));
        } catch (WorkflowException | InvalidPlanException | TrackerException e) {
            LOG.warn("creating the Chaos Day's epics and tickets", project.getKey(), e);
            // Jira shows this to the person who asked for the project, which Jira has made and keeps:
            // say so, and how to finish it (running create again makes only what is missing).
            throw new IllegalStateException(i18n.getText("chaosday.template.error.unfinished", project.getKey(),
                    FailureText.of(e).in(i18n)), e);
        }
        makeBoard(user, project);
        return ConfigureResponse.create();
    }

    /** After the epics, so the board opens on them; a board Jira will not make never undoes the project. */
    private void makeBoard(ApplicationUser user, Project project) {
        try {
            ProjectBoard.Outcome outcome = ProjectLock.run(locks, project.getKey(), () -> board.make(user, project));
            if (outcome instanceof ProjectBoard.Outcome.NoJiraSoftware) {
                LOG.note("making the project's board", project.getKey(), "skipped: Jira Software is not installed or not enabled");
            } else if (outcome instanceof ProjectBoard.Outcome.Refused refused) {
                LOG.note("making the project's board", project.getKey(), "Jira did not make it: " + refused.why());
            }
        } catch (RuntimeException failure) {
            LOG.warn("making the project's board", project.getKey(), failure);
        }
    }

    /** The ids of the issue types Jira made from the template's descriptor, by the descriptor's keys. */
    private static Map<String, String> createdTypes(ConfigureData data) {
        Map<String, String> ids = new HashMap<>();
        for (String key : List.of(ProjectMark.TASK, ProjectMark.EXPERIMENT)) {
            IssueType type = data.createdIssueTypes() == null ? null : data.createdIssueTypes().get(key);
            if (type != null) {
                ids.put(key, type.getId());
            }
        }
        return ids;
    }

    /** Makes Jira Software's own Epic type one of the project's, so epics get Epic Name and tickets Epic Link. */
    private void attachEpicType(Project project, FieldConfigScheme scheme, IssueType epic) {
        List<String> ids = new ArrayList<>();
        for (IssueType type : issueTypeSchemes.getIssueTypesForProject(project)) {
            ids.add(type.getId());
        }
        if (!ids.contains(epic.getId())) {
            ids.add(epic.getId());
            issueTypeSchemes.update(scheme, ids);
        }
    }
}
