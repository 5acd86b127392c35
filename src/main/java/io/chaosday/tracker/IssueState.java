package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The fields of one issue a person may edit by hand, read as the tracker holds them now: compared
 * with what was there after our last write, they tell whether someone changed them since.
 *
 * @param assignee        the assignee's display name
 * @param securityLevelId the issue security level's id; empty when anyone who can browse the project sees it
 * @param assigneeId      who the assignee is to the tracker: the user name on Data Center and in the
 *                        plugin, the account id on Cloud
 */
public record IssueState(Optional<IssueDescription> description, Optional<String> assignee, Optional<LocalDate> due,
        Optional<String> securityLevelId, Optional<String> assigneeId) {

    /** A state whose assignee is known by display name alone. */
    public IssueState(Optional<IssueDescription> description, Optional<String> assignee, Optional<LocalDate> due,
            Optional<String> securityLevelId) {
        this(description, assignee, due, securityLevelId, Optional.empty());
    }
}
