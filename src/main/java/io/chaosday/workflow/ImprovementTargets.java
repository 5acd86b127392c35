package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.TrackerException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link ImprovementRoutes} checked against the tracker before anything is written: every
 * project exists, offers the issue type named for it, and every epic is there. A route that does
 * not hold stops the run with one failure naming the team and what to fix.
 */
final class ImprovementTargets {

    /** Where one team's improvement tickets are made: the project, the type (by id) when one was named, the epic and labels. */
    record Target(String projectKey, Optional<String> typeId, Optional<String> epicKey, List<String> labels) {
    }

    private final String chaosDayProject;
    /** By team name in lower case. */
    private final Map<String, Target> byTeam;

    private ImprovementTargets(String chaosDayProject, Map<String, Target> byTeam) {
        this.chaosDayProject = chaosDayProject;
        this.byTeam = byTeam;
    }

    /** No routes: every improvement ticket a task in the Chaos Day's project. */
    static ImprovementTargets none(String chaosDayProject) {
        return new ImprovementTargets(chaosDayProject, Map.of());
    }

    /** Each route, checked; with no routes nothing is asked of the tracker. */
    static ImprovementTargets check(IssueTracker tracker, String chaosDayProject, ImprovementRoutes routes) {
        Map<String, Target> byTeam = new HashMap<>();
        Map<String, List<IssueTypes.Offered>> types = new HashMap<>();
        Set<String> projectsSeen = new java.util.HashSet<>(Set.of(chaosDayProject));
        for (Map.Entry<String, ImprovementRoutes.Route> entry : routes.byTeam().entrySet()) {
            String team = entry.getKey();
            ImprovementRoutes.Route route = entry.getValue();
            String project = route.project().map(String::strip).orElse(chaosDayProject);
            if (projectsSeen.add(project) && tracker.findProject(project).isEmpty()) {
                throw new WorkflowException(new WorkflowFailure.NoSuchImprovementProject(team, project));
            }
            Optional<String> typeId = route.issueType().map(String::strip).map(name -> {
                List<IssueTypes.Offered> offered = types.computeIfAbsent(project, tracker::offeredIssueTypes);
                List<IssueTypes.Offered> usable = offered.stream().filter(t -> t.standard() && !t.epic()).toList();
                return usable.stream().filter(t -> t.name().equalsIgnoreCase(name)).map(IssueTypes.Offered::id).findFirst()
                        .orElseThrow(() -> new WorkflowException(new WorkflowFailure.NoSuchImprovementType(team, project, name,
                                usable.stream().map(IssueTypes.Offered::name).toList())));
            });
            route.epic().map(String::strip).ifPresent(epic -> requireIssue(tracker, team, epic));
            byTeam.put(team.strip().toLowerCase(java.util.Locale.ROOT), new Target(project, typeId, route.epic().map(String::strip), route.labels()));
        }
        return new ImprovementTargets(chaosDayProject, byTeam);
    }

    private static void requireIssue(IssueTracker tracker, String team, String epic) {
        if (io.chaosday.tracker.Project.ofIssueKey(epic).isEmpty()) {
            throw new WorkflowException(new WorkflowFailure.NoSuchImprovementEpic(team, epic));
        }
        try {
            tracker.state(epic);
        } catch (TrackerException e) {
            if (e.kind() != TrackerException.Kind.NOT_FOUND) {
                throw e;
            }
            throw new WorkflowException(new WorkflowFailure.NoSuchImprovementEpic(team, epic));
        }
    }

    /** Where the improvement tickets of a review of {@code team} go. */
    Target of(Optional<String> team) {
        return team.map(t -> byTeam.get(t.strip().toLowerCase(java.util.Locale.ROOT)))
                .orElse(new Target(chaosDayProject, Optional.empty(), Optional.empty(), List.of()));
    }

    /** Every project improvement tickets may be in: the Chaos Day's first. */
    List<String> projects() {
        Set<String> projects = new LinkedHashSet<>(List.of(chaosDayProject));
        byTeam.values().stream().map(Target::projectKey).sorted().forEach(projects::add);
        return new ArrayList<>(projects);
    }
}
