package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** Links to pages and issues, and assignment, over Jira's Java API: each write only when Jira lacks it. */
public class IssueConnectionsTest {

    private static final RemoteLink REVIEW_PAGE = new RemoteLink("chaosday:payments:review",
            URI.create("https://wiki.example.com/pages/42"), "Chaos Day review");

    private final RemoteIssueLinkService remoteLinks = mock(RemoteIssueLinkService.class);
    private final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final UserManager users = mock(UserManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final ErrorCollection none = errors();
    private final ApplicationUser alice = user("alice", "JIRAUSER10100");
    private final MutableIssue experiment = issue(11L, "CHAOS-2");
    private final MutableIssue finding = issue(12L, "CHAOS-3");
    private final IssueConnections connections = new IssueConnections(remoteLinks, issueLinks, linkTypes, users, issueService);

    @Before
    public void jiraHasTheRelatesType() {
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(10003L);
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of(relates));
    }

    @Test
    public void aNewPageLinkIsCreatedWithItsGlobalIdUrlAndTitle() {
        when(remoteLinks.getRemoteIssueLinkByGlobalId(alice, experiment, REVIEW_PAGE.globalId()))
                .thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(null, none));
        RemoteIssueLinkService.CreateValidationResult valid = new RemoteIssueLinkService.CreateValidationResult(null, none);
        when(remoteLinks.validateCreate(eq(alice), any())).thenReturn(valid);
        when(remoteLinks.create(alice, valid)).thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(null, none));

        connections.addRemoteLink(alice, experiment, REVIEW_PAGE);

        ArgumentCaptor<RemoteIssueLink> built = ArgumentCaptor.forClass(RemoteIssueLink.class);
        verify(remoteLinks).validateCreate(eq(alice), built.capture());
        assertEquals(Long.valueOf(11L), built.getValue().getIssueId());
        assertEquals("chaosday:payments:review", built.getValue().getGlobalId());
        assertEquals("https://wiki.example.com/pages/42", built.getValue().getUrl());
        assertEquals("Chaos Day review", built.getValue().getTitle());
        verify(remoteLinks).create(alice, valid);
    }

    @Test
    public void theSamePageLinkAlreadyThereCreatesNothing() {
        RemoteIssueLink existing = new RemoteIssueLinkBuilder().id(5L).issueId(11L).globalId(REVIEW_PAGE.globalId())
                .url(REVIEW_PAGE.url().toString()).title(REVIEW_PAGE.title()).build();
        when(remoteLinks.getRemoteIssueLinkByGlobalId(alice, experiment, REVIEW_PAGE.globalId()))
                .thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(existing, none));

        connections.addRemoteLink(alice, experiment, REVIEW_PAGE);

        verify(remoteLinks, never()).validateCreate(any(), any());
        verify(remoteLinks, never()).validateUpdate(any(), any());
    }

    @Test
    public void aPageLinkWithTheSameGlobalIdButAnOldTitleIsUpdatedInPlace() {
        RemoteIssueLink existing = new RemoteIssueLinkBuilder().id(5L).issueId(11L).globalId(REVIEW_PAGE.globalId())
                .url(REVIEW_PAGE.url().toString()).title("Old title").build();
        when(remoteLinks.getRemoteIssueLinkByGlobalId(alice, experiment, REVIEW_PAGE.globalId()))
                .thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(existing, none));
        RemoteIssueLinkService.UpdateValidationResult valid = new RemoteIssueLinkService.UpdateValidationResult(null, none);
        when(remoteLinks.validateUpdate(eq(alice), any())).thenReturn(valid);
        when(remoteLinks.update(alice, valid)).thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(null, none));

        connections.addRemoteLink(alice, experiment, REVIEW_PAGE);

        ArgumentCaptor<RemoteIssueLink> built = ArgumentCaptor.forClass(RemoteIssueLink.class);
        verify(remoteLinks).validateUpdate(eq(alice), built.capture());
        assertEquals(Long.valueOf(5L), built.getValue().getId());
        assertEquals("Chaos Day review", built.getValue().getTitle());
        verify(remoteLinks, never()).validateCreate(any(), any());
    }

    @Test
    public void aRefusedPageLinkSaysWhatJiraSaid() {
        when(remoteLinks.getRemoteIssueLinkByGlobalId(alice, experiment, REVIEW_PAGE.globalId()))
                .thenReturn(new RemoteIssueLinkService.RemoteIssueLinkResult(null, none));
        ErrorCollection refused = errors("You cannot link issues.");
        when(remoteLinks.validateCreate(eq(alice), any())).thenReturn(new RemoteIssueLinkService.CreateValidationResult(null, refused));

        TrackerException e = assertThrows(TrackerException.class, () -> connections.addRemoteLink(alice, experiment, REVIEW_PAGE));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("You cannot link issues."));
        verify(remoteLinks, never()).create(any(), any());
    }

    @Test
    public void twoUnlinkedIssuesAreRelatedWithTheRelatesType() throws Exception {
        connections.relate(alice, experiment, finding);
        verify(issueLinks).createIssueLink(11L, 12L, 10003L, null, alice);
    }

    @Test
    public void issuesLinkedEitherWayAlreadyAreNotLinkedAgain() throws Exception {
        IssueLink inward = mock(IssueLink.class);
        when(inward.getSourceId()).thenReturn(12L);
        when(inward.getDestinationId()).thenReturn(11L);
        when(issueLinks.getInwardLinks(11L)).thenReturn(List.of(inward));

        connections.relate(alice, experiment, finding);

        verify(issueLinks, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
    }

    @Test
    public void withoutARelatesTypeItSaysWhatAnAdministratorCanDo() {
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of());
        TrackerException e = assertThrows(TrackerException.class, () -> connections.relate(alice, experiment, finding));
        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("Issue linking"));
    }

    @Test
    public void assigningFindsThePersonByUserNameAndHandsJiraThatNameNotTheirKey() {
        ApplicationUser bob = user("bob", "JIRAUSER10200");
        when(users.getUserByName("bob")).thenReturn(bob);
        IssueService.AssignValidationResult valid = new IssueService.AssignValidationResult(experiment, none, "bob");
        when(issueService.validateAssign(alice, 11L, "bob")).thenReturn(valid);
        when(issueService.assign(alice, valid)).thenReturn(new IssueService.IssueResult(experiment, none));

        assertTrue(connections.assign(alice, experiment, "bob"));
        verify(issueService).assign(alice, valid);
    }

    @Test
    public void anIssueAlreadyTheirsIsNotAssignedAgain() {
        ApplicationUser bob = user("bob", "JIRAUSER10200");
        when(users.getUserByName("bob")).thenReturn(bob);
        ApplicationUser bobAgain = user("bob", "JIRAUSER10200");
        when(experiment.getAssignee()).thenReturn(bobAgain);

        assertTrue(connections.assign(alice, experiment, "bob"));
        verify(issueService, never()).validateAssign(any(), any(), anyString());
    }

    @Test
    public void anUnknownPersonIsAnsweredFalseAndNothingChanges() {
        assertFalse(connections.assign(alice, experiment, "nobody"));
        verifyNoInteractions(issueService);
    }

    @Test
    public void aPersonJiraWillNotAssignIsAnsweredFalse() {
        ApplicationUser carol = user("carol", "carol");
        when(users.getUserByName("carol")).thenReturn(carol);
        ErrorCollection notAssignable = errors("User 'carol' cannot be assigned issues.");
        when(issueService.validateAssign(alice, 11L, "carol"))
                .thenReturn(new IssueService.AssignValidationResult(experiment, notAssignable, "carol"));

        assertFalse(connections.assign(alice, experiment, "carol"));
        verify(issueService, never()).assign(any(), any());
    }

    private static ApplicationUser user(String name, String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static MutableIssue issue(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private static ErrorCollection errors(String... messages) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(messages.length > 0);
        when(errors.getErrorMessages()).thenReturn(List.of(messages));
        when(errors.getErrors()).thenReturn(Map.of());
        return errors;
    }
}
