package io.chaosday.jira.page;

import io.chaosday.jira.PageText;
import io.chaosday.link.Urls;
import io.chaosday.site.JiraSite;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.chaosday.jira.FailureText;
import io.chaosday.jira.ProjectChaosDay;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.FallbackSettingsServlet;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the Chaos Day panel's template for the project in the sidebar and the person reading:
 * {@code page} (a {@link ChaosDayPage} built through {@link PageAssembly}), {@code text} and
 * {@code i18n}; or, when there is nothing to show, {@code problem}, one line saying why. Reads only,
 * but for marking a project whose Chaos Day the command line made: changes go through the REST
 * resource, which checks the permission to make them.
 */
public final class ChaosDayPageContext implements ContextProvider {

    /** The page's script and stylesheet (the descriptor's web-resource), asked for only where the panel shows. */
    static final String RESOURCES = "io.chaosday.chaos-day-jira:chaos-day-page-resources";


    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final ProjectManager projects;
    private final IssueTracker tracker;
    private final ConfluenceConnections confluence;
    private final ApplicationProperties application;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final Clock clock;
    private final ProjectMark marks;

    public ChaosDayPageContext(JiraAuthenticationContext authentication, PermissionManager permissions,
            GlobalPermissionManager globalPermissions, ProjectManager projects, IssueTracker tracker,
            ConfluenceConnections confluence, ApplicationProperties application, I18nResolver i18n,
            PageBuilderService pageBuilder, Clock clock, ProjectMark marks) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.projects = projects;
        this.tracker = tracker;
        this.confluence = confluence;
        this.application = application;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.clock = clock;
        this.marks = marks;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters: everything comes from the project in the context and the person reading.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        model.put("text", new PageText());
        model.put("i18n", i18n);
        ApplicationUser user = authentication.getLoggedInUser();
        Optional<Project> project = ProjectInContext.of(context, projects)
                .filter(p -> user != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p, user));
        if (project.isEmpty()) {
            model.put("problem", i18n.getText("chaosday.page.problem.browse"));
            return model;
        }
        try {
            model.put("page", page(project.get(), user));
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        } catch (WorkflowException | TrackerException failure) {
            model.put("problem", FailureText.of(failure).in(i18n));
        }
        return model;
    }

    private ChaosDayPage page(Project project, ApplicationUser user) {
        String key = project.getKey();
        ProjectChaosDay.Held held = ProjectChaosDay.find(ChaosDayFinder.withCardsAndPages(tracker), marks, project);
        ChaosDayIssues found = held.found();
        ChaosDayDefinition definition = held.required(key);
        if (held.mark().isEmpty()) {
            // A Chaos Day the command line made: marked once, so the sidebar shows it from now on.
            ProjectChaosDay.mark(marks, user, project, held, definition);
        }
        JiraSite jira = JiraSite.unlinked(URI.create(application.getBaseUrl(UrlMode.CANONICAL)));
        // What the browser calls is addressed from Jira's context path alone ("/jira", or ""), so the page
        // works wherever the browser reaches Jira: behind a proxy, or at an address other than the base URL.
        URI contextPath = URI.create(application.getBaseUrl(UrlMode.RELATIVE));
        PageAssembly assembly = new PageAssembly(new PageViews(jira.base(), authentication.getLocale()),
                Urls.path("rest", "chaosday", "1.0", "project").segment(key).resolve(contextPath).toString(),
                FallbackSettingsServlet.LOCATION.resolve(contextPath).toString(),
                i18n.getText("chaosday.page.review.team-of-teams"));
        PageAssembly.Reader reader = new PageAssembly.Reader(
                permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user),
                globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user));
        return assembly.page(key, project.getName(), found, definition, reader, confluence.target(), confluence.address(),
                LocalDate.now(clock));
    }
}
