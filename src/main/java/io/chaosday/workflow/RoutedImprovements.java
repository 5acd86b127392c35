package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The improvement tickets that {@link ImprovementRoutes} sent to the teams' own projects, read
 * back beside the Chaos Day's issues, so a report counts every one of them wherever it lives.
 */
public final class RoutedImprovements {

    private RoutedImprovements() {
    }

    /**
     * The Chaos Day's issues and its improvement tickets in the routes' projects; the routes are
     * checked as publishing checks them. Without routes, {@code found} as it is, with no request.
     */
    public static ChaosDayIssues include(IssueTracker tracker, String projectKey, ChaosDayIssues found, ImprovementRoutes routes) {
        if (routes.byTeam().isEmpty()) {
            return found;
        }
        List<String> projects = ImprovementTargets.check(tracker, projectKey, routes).projects();
        Map<Item, TrackedIssue> all = new LinkedHashMap<>(found.byItem());
        for (String project : projects.subList(1, projects.size())) {
            for (TrackedIssue ticket : tracker.findIssues(project, found.id().label())) {
                ticket.identity().filter(i -> i.chaosDay().equals(found.id()) && i.item() instanceof Item.ImprovementTicket)
                        .ifPresent(i -> all.merge(i.item(), ticket, IssueKeys::earlier));
            }
        }
        return new ChaosDayIssues(found.id(), all, found.seen());
    }
}
