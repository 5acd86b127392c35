package io.chaosday.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
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
import io.chaosday.jira.ProjectLock;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.jira.page.PropertiesI18n;
import io.chaosday.jira.tracker.EntityPropertiesInMemory;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.tracker.IssueTracker;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;

/**
 * Jira's services as a facilitator who may browse and administer project CHAOS meets them, with
 * its cluster lock free and the plugin's own words: Mockito stand-ins a test changes where its
 * case differs.
 */
final class FacilitatorInJira {

    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final ClusterLockService locks = mock(ClusterLockService.class);
    final ClusterLock lock = mock(ClusterLock.class);
    final ApplicationProperties application = mock(ApplicationProperties.class);
    final ApplicationUser facilitator = mock(ApplicationUser.class);
    final Project project = mock(Project.class);
    final PropertiesI18n words = new PropertiesI18n();
    final I18nResolver i18n = mock(I18nResolver.class);
    final EntityPropertiesInMemory properties = new EntityPropertiesInMemory();

    FacilitatorInJira() {
        when(project.getKey()).thenReturn("CHAOS");
        when(project.getId()).thenReturn(10L);
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(project);
        when(authentication.getLoggedInUser()).thenReturn(facilitator);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, facilitator)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, facilitator)).thenReturn(true);
        when(locks.getLockForName(ProjectLock.name("CHAOS"))).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> words.getText(call.getArgument(0),
                call.getArguments().length > 1 ? Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length,
                        Serializable[].class) : new Serializable[0]));
    }

    /** The REST resource over these services, the given tracker and Confluence, at the clock's time. */
    ChaosDayCalls resource(IssueTracker tracker, ConfluenceForPublishing confluence, Clock clock) {
        return new ChaosDayCalls(authentication, permissions, projects, tracker, locks, i18n, confluence, application, clock,
                new ProjectMark(properties), new io.chaosday.jira.ProjectTasks(io.chaosday.jira.TaskThreads.direct(), clock));
    }
}
