package io.chaosday.workflow;

import java.net.URI;
import java.util.List;

/**
 * Why a use case cannot go on, with the facts; each host words it for its own users and says
 * what to do next in its own terms.
 */
public sealed interface WorkflowFailure {

    /** The project does not exist, and no new project was asked for. */
    record ProjectNotFound(String projectKey) implements WorkflowFailure {
    }

    /** The project holds no Chaos Day. */
    record NoChaosDay(String projectKey) implements WorkflowFailure {
    }

    /** The project does not exist (or the user cannot see it). */
    record NoSuchProject(String projectKey) implements WorkflowFailure {
    }

    /** No Chaos Day of the project has the name given; {@code chaosDays} are those it has. */
    record UnknownChaosDay(String projectKey, String name, List<String> chaosDays) implements WorkflowFailure {
        public UnknownChaosDay {
            chaosDays = List.copyOf(chaosDays);
        }
    }

    /** An experiment names a team that does not take part in the Chaos Day. */
    record UnknownTeam(String team, List<String> teams) implements WorkflowFailure {
        public UnknownTeam {
            teams = List.copyOf(teams);
        }
    }

    /** The project offers no issue security level of this name; {@code levels} are those it offers. */
    record NoSuchSecurityLevel(String projectKey, String level, List<String> levels) implements WorkflowFailure {
        public NoSuchSecurityLevel {
            levels = List.copyOf(levels);
        }
    }

    /** The project holds several Chaos Days and none was named; {@code chaosDays} are their names. */
    record SeveralChaosDays(String projectKey, List<String> chaosDays) implements WorkflowFailure {
        public SeveralChaosDays {
            chaosDays = List.copyOf(chaosDays);
        }
    }

    /** The Chaos Day has no Execute epic to hold experiments. */
    record NoExecuteEpic(String projectKey) implements WorkflowFailure {
    }

    /** The Chaos Day has no review tickets to publish. */
    record NoReviewTickets(String projectKey) implements WorkflowFailure {
    }

    /** A team's improvement tickets are to go to a project that does not exist (or the user cannot see). */
    record NoSuchImprovementProject(String team, String projectKey) implements WorkflowFailure {
    }

    /** A team's improvement tickets are to be of an issue type their project does not offer; {@code types} are those it does. */
    record NoSuchImprovementType(String team, String projectKey, String type, List<String> types) implements WorkflowFailure {
        public NoSuchImprovementType {
            types = List.copyOf(types);
        }
    }

    /** A team's improvement tickets are to go under an epic that is not an issue Jira has. */
    record NoSuchImprovementEpic(String team, String epicKey) implements WorkflowFailure {
    }

    /** No experiment of the Chaos Day has this issue key or title. */
    record NoSuchExperiment(String which) implements WorkflowFailure {
    }

    /** A page with the title exists in the space and was not published from this Chaos Day. */
    record PageTitleTaken(String title, String spaceKey, URI existing) implements WorkflowFailure {
    }

    /**
     * A summary or label of the issue for {@code item} would be {@code length} characters, over
     * Jira's {@code max}; nothing was written.
     */
    record TooLongForJira(String field, String item, int length, int max) implements WorkflowFailure {
    }

    /** A review ticket's description is not the document format Jira Cloud sends. */
    record UnreadableDescription(String problem) implements WorkflowFailure {
    }

    /** The wiki says the credentials may not add pages in the space (under the parent page, when given). */
    record CannotAddPages(String spaceKey, java.util.Optional<String> parentId) implements WorkflowFailure {
    }

    /** An experiment's run log can take this entry only once the experiment has started. */
    record NotStarted(String experiment) implements WorkflowFailure {
    }

    /**
     * The experiment needs the environment to itself, or one running there does: {@code running}
     * are those running in {@code environment} now, each as its key and title.
     */
    record EnvironmentInUse(String experiment, String environment, List<String> running) implements WorkflowFailure {
        public EnvironmentInUse {
            running = List.copyOf(running);
        }
    }

    /** A log entry's time ({@code at}, hours and minutes in the Chaos Day's time zone) is later than now. */
    record LogTimeInTheFuture(String at, String now) implements WorkflowFailure {
    }

    /** A log entry's time is before the experiment started; both as hours and minutes. */
    record LogTimeBeforeStart(String experiment, String at, String started) implements WorkflowFailure {
    }
}
