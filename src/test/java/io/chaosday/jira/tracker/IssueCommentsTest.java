package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.sal.api.ApplicationProperties;
import io.chaosday.tracker.TrackerException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** The tracker's comments over Jira's comment manager, against a stateful stand-in of it. */
public class IssueCommentsTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final Project project = mock(Project.class);
    private final ApplicationUser alice = user("alice", "Alice Agent");
    private final ApplicationUser bob = user("bob", "Bob Responder");
    private final MutableIssue experiment = mock(MutableIssue.class);
    private final CommentsInMemory jira = new CommentsInMemory();
    private JiraJavaTracker tracker;

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        return user;
    }

    @Before
    public void anExperimentTicketAliceMayCommentOn() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(project);
        when(experiment.getKey()).thenReturn("CHAOS-7");
        when(experiment.getId()).thenReturn(7L);
        IssueService.IssueResult found = mock(IssueService.IssueResult.class);
        when(found.isValid()).thenReturn(true);
        when(found.getIssue()).thenReturn(experiment);
        when(issueService.getIssue(any(), any())).thenReturn(found);
        when(permissions.hasPermission(ProjectPermissions.ADD_COMMENTS, project, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.DELETE_OWN_COMMENTS, project, alice)).thenReturn(true);
        tracker = new JiraJavaTracker(authentication, projects, issueService, mock(SearchService.class), mock(CustomFieldManager.class),
                mock(IssueTypeSchemeManager.class), mock(DateFieldFormat.class),
                new IssuePropertyStore(mock(JsonEntityPropertyManager.class)), mock(ApplicationProperties.class),
                mock(IssueConnections.class), mock(HandEditedFields.class), new IssueComments(jira, permissions, projects),
                new ProjectMark(new EntityPropertiesInMemory()));
    }

    @Test
    public void aCommentIsWrittenAsEscapedWikiMarkupAndReadBackAsTyped() {
        io.chaosday.tracker.Comment added = tracker.addComment("CHAOS-7", "Saw *500s* on [checkout|x] {html}\nchaosday-log entry=1 kind=note");
        assertEquals("10000", added.id());
        assertEquals(Optional.of("Alice Agent"), added.author());
        assertTrue(jira.bodies().get(0), jira.bodies().get(0).startsWith("Saw \\*500s\\* on \\[checkout\\|x\\] \\{html\\}\n"));
        List<io.chaosday.tracker.Comment> read = tracker.comments("CHAOS-7");
        assertEquals(1, read.size());
        assertEquals("Saw *500s* on [checkout|x] {html}\nchaosday-log entry=1 kind=note", read.get(0).text());
    }

    @Test
    public void aUserWithoutAddCommentsIsRefusedAndNothingIsWritten() {
        when(permissions.hasPermission(ProjectPermissions.ADD_COMMENTS, project, alice)).thenReturn(false);
        TrackerException e = assertThrows(TrackerException.class, () -> tracker.addComment("CHAOS-7", "x"));
        assertEquals(TrackerException.Kind.FORBIDDEN, e.kind());
        assertEquals(0, jira.size());
    }

    @Test
    public void deletingRemovesOnlyTheUsersOwnCommentAndAGoneOneCountsAsDeleted() {
        String mine = tracker.addComment("CHAOS-7", "mine").id();
        jira.create(experiment, bob, "Bob's", true);
        tracker.deleteComment("CHAOS-7", mine);
        tracker.deleteComment("CHAOS-7", mine);
        assertEquals(List.of("Bob's"), tracker.comments("CHAOS-7").stream().map(io.chaosday.tracker.Comment::text).toList());
        String bobs = tracker.comments("CHAOS-7").get(0).id();
        assertEquals(TrackerException.Kind.FORBIDDEN,
                assertThrows(TrackerException.class, () -> tracker.deleteComment("CHAOS-7", bobs)).kind());
        assertEquals(1, jira.size());
    }
}
