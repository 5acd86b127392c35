package io.chaosday.jira.tracker;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.link.RemoteIssueLinkService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.link.RemoteIssueLink;
import com.atlassian.jira.issue.link.RemoteIssueLinkBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.chaosday.tracker.jiraformat.IssueLinkTypes;
import io.chaosday.tracker.RemoteLink;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Jira services behind an issue's connections, kept in memory: remote links by global id,
 * issue links between issue ids, the "Relates" link type, and the people Jira knows. The plugin's
 * {@link IssueConnections} runs over them unchanged, so what it leaves here is what a test reads.
 */
final class JiraLinksInMemory {

    final RemoteIssueLinkService remoteLinkService = mock(RemoteIssueLinkService.class);
    final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    final UserManager users = mock(UserManager.class);

    private final Map<Long, Map<String, RemoteIssueLink>> remoteLinks = new LinkedHashMap<>();
    private final List<IssueLink> links = new ArrayList<>();
    private final Map<String, ApplicationUser> people = new LinkedHashMap<>();
    private final AtomicLong nextLinkId = new AtomicLong(500);
    /** What Jira's services answer when all went well. */
    private final ErrorCollection none;

    private record Link(Long getSourceId, Long getDestinationId, Long getLinkTypeId) implements IssueLink {
    }

    JiraLinksInMemory(ErrorCollection noErrors) {
        this.none = noErrors;
        IssueLinkType relates = mock(IssueLinkType.class);
        when(relates.getId()).thenReturn(10003L);
        when(relates.getName()).thenReturn(IssueLinkTypes.RELATES);
        when(linkTypes.getIssueLinkTypesByName(IssueLinkTypes.RELATES)).thenReturn(List.of(relates));
        when(users.getUserByName(anyString())).thenAnswer(call -> people.get(call.<String>getArgument(0)));
        remoteLinkAnswers();
        issueLinkAnswers();
    }

    /** Someone Jira knows, by user name, with the name Jira shows. */
    ApplicationUser person(String userName, String displayName) {
        ApplicationUser person = mock(ApplicationUser.class);
        when(person.getKey()).thenReturn("key-" + userName);
        when(person.getUsername()).thenReturn(userName);
        when(person.getDisplayName()).thenReturn(displayName);
        people.put(userName, person);
        return person;
    }

    /** Jira knows nobody by this user name from now on. */
    void forget(String userName) {
        people.remove(userName);
    }

    ApplicationUser personNamed(String userName) {
        return people.get(userName);
    }

    private void remoteLinkAnswers() {
        when(remoteLinkService.getRemoteIssueLinkByGlobalId(any(), any(), anyString())).thenAnswer(call -> {
            RemoteIssueLink found = remoteLinks.getOrDefault(call.<Issue>getArgument(1).getId(), Map.of()).get(call.<String>getArgument(2));
            ErrorCollection answer = found == null ? notFound() : none;
            return new RemoteIssueLinkService.RemoteIssueLinkResult(found, answer);
        });
        when(remoteLinkService.validateCreate(any(), any())).thenAnswer(call ->
                new RemoteIssueLinkService.CreateValidationResult(call.getArgument(1), none));
        when(remoteLinkService.create(any(), any())).thenAnswer(call -> {
            RemoteIssueLink asked = call.<RemoteIssueLinkService.CreateValidationResult>getArgument(1).getRemoteIssueLink();
            RemoteIssueLink stored = new RemoteIssueLinkBuilder(asked).id(nextLinkId.getAndIncrement()).build();
            remoteLinks.computeIfAbsent(stored.getIssueId(), id -> new LinkedHashMap<>()).put(stored.getGlobalId(), stored);
            return new RemoteIssueLinkService.RemoteIssueLinkResult(stored, none);
        });
        when(remoteLinkService.validateUpdate(any(), any())).thenAnswer(call ->
                new RemoteIssueLinkService.UpdateValidationResult(call.getArgument(1), none));
        when(remoteLinkService.update(any(), any())).thenAnswer(call -> {
            RemoteIssueLink asked = call.<RemoteIssueLinkService.UpdateValidationResult>getArgument(1).getRemoteIssueLink();
            remoteLinks.get(asked.getIssueId()).put(asked.getGlobalId(), asked);
            return new RemoteIssueLinkService.RemoteIssueLinkResult(asked, none);
        });
    }

    private void issueLinkAnswers() {
        when(issueLinks.getOutwardLinks(anyLong())).thenAnswer(call ->
                links.stream().filter(l -> l.getSourceId().equals(call.getArgument(0))).toList());
        when(issueLinks.getInwardLinks(anyLong())).thenAnswer(call ->
                links.stream().filter(l -> l.getDestinationId().equals(call.getArgument(0))).toList());
        try {
            org.mockito.Mockito.doAnswer(call -> {
                links.add(new Link(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
                return null;
            }).when(issueLinks).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
        } catch (com.atlassian.jira.exception.CreateException e) {
            throw new AssertionError(e);
        }
    }

    /** Jira's answer for a global id the issue has no link under: not found, as an error. */
    private static ErrorCollection notFound() {
        ErrorCollection missing = mock(ErrorCollection.class);
        when(missing.hasAnyErrors()).thenReturn(true);
        when(missing.getErrorMessages()).thenReturn(List.of("No remote link with that global id"));
        when(missing.getErrors()).thenReturn(Map.of());
        when(missing.getReasons()).thenReturn(java.util.Set.of(ErrorCollection.Reason.NOT_FOUND));
        return missing;
    }

    /** The issue's remote links as Jira keeps them. */
    List<RemoteLink> remoteLinksOf(long issueId) {
        return remoteLinks.getOrDefault(issueId, Map.of()).values().stream()
                .map(l -> new RemoteLink(l.getGlobalId(), URI.create(l.getUrl()), l.getTitle())).toList();
    }

    /** The ids of the issues linked to this one, either way. */
    List<Long> linkedIds(long issueId) {
        List<Long> linked = new ArrayList<>();
        for (IssueLink link : links) {
            if (link.getSourceId() == issueId) {
                linked.add(link.getDestinationId());
            } else if (link.getDestinationId() == issueId) {
                linked.add(link.getSourceId());
            }
        }
        return linked;
    }
}
