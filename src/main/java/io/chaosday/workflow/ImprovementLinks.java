package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WikiPage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Points each improvement ticket at the review page it came from, wherever the ticket lives (the
 * page lists the ticket in its improvements table, so the link goes both ways). Written when the
 * page is written, which a new ticket always causes, as the page then shows its key; and for
 * tickets made by this run whatever became of the page. A page left as it was writes nothing to Jira.
 */
final class ImprovementLinks {

    private ImprovementLinks() {
    }

    static void toPage(IssueTracker tracker, WikiPage page, PageAction action, List<TrackedIssue> tickets,
            List<TrackedIssue> createdThisRun) {
        boolean written = action == PageAction.CREATED || action == PageAction.UPDATED || action == PageAction.RECREATED;
        Set<String> created = createdThisRun.stream().map(TrackedIssue::key).collect(Collectors.toSet());
        for (TrackedIssue ticket : tickets) {
            if (written || created.contains(ticket.key())) {
                // The same global id again updates the link Jira has: safe to repeat.
                tracker.addRemoteLink(ticket.key(), new RemoteLink("io.chaosday.page=" + ticket.key(), page.link(), page.title()));
            }
        }
    }
}
