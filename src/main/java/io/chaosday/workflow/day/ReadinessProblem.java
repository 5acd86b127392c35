package io.chaosday.workflow.day;

import java.time.LocalDate;
import java.util.List;

/** What stands in the way of one go / no-go check, with the facts each host words for its users. */
public sealed interface ReadinessProblem {

    /** The Chaos Day has no experiments at all. */
    record NoExperiments() implements ReadinessProblem {
    }

    /** A team of the Chaos Day has no experiment. */
    record TeamWithoutExperiment(String team) implements ReadinessProblem {
    }

    /** An experiment's card leaves out parts the playbook asks for ({@link CardParts} names them). */
    record IncompleteCard(String issueKey, String title, List<String> missing) implements ReadinessProblem {
        public IncompleteCard {
            missing = List.copyOf(missing);
        }
    }

    /** An experiment's owner is not a person Jira knows: its ticket could not be assigned to them. */
    record OwnerUnknown(String issueKey, String title, String owner) implements ReadinessProblem {
    }

    /** A ticket still open; {@code due} when it has a due date. */
    record OpenTicket(String issueKey, String summary, java.util.Optional<LocalDate> due) implements ReadinessProblem {
    }

    /** The Chaos Day has no ticket for this step (it was deleted). */
    record MissingTicket(String step) implements ReadinessProblem {
    }
}
