package io.chaosday.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each team's improvement tickets go, so the work lands in the backlog of the team that does
 * it: a project, an issue type, an epic and labels per team. A team with no route, or a route that
 * leaves something out, gets what every improvement ticket gets otherwise: a task in the Chaos Day's
 * project, under no epic.
 *
 * @param byTeam each team's route, by its name (compared without regard to case)
 */
public record ImprovementRoutes(Map<String, Route> byTeam) {

    /** Every improvement ticket a task in the Chaos Day's project. */
    public static final ImprovementRoutes NONE = new ImprovementRoutes(Map.of());

    /**
     * @param project   the project key; empty for the Chaos Day's project
     * @param issueType the name of an issue type the project offers; empty for the task type
     * @param epic      the key of the epic the tickets go under; empty for none
     * @param labels    labels the tickets carry besides the Chaos Day's own
     */
    public record Route(Optional<String> project, Optional<String> issueType, Optional<String> epic, List<String> labels) {
        public Route {
            labels = List.copyOf(labels);
        }
    }

    public ImprovementRoutes {
        Map<String, Route> teams = new LinkedHashMap<>();
        byTeam.forEach((team, route) -> teams.put(team.strip(), route));
        byTeam = java.util.Collections.unmodifiableMap(teams);
    }
}
