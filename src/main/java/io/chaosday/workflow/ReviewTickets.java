package io.chaosday.workflow;

import io.chaosday.plan.Step;
import io.chaosday.tracker.Item;
import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review tickets of a Chaos Day: one per team, and the team-of-teams review. */
final class ReviewTickets {

    /** A review ticket with its team; no team for the team-of-teams review and single-team reviews. */
    record ReviewTicket(Item.StepTicket item, TrackedIssue issue, Optional<String> team, boolean teamOfTeams) {
    }

    private ReviewTickets() {
    }

    static List<ReviewTicket> of(ChaosDayIssues found) {
        List<ReviewTicket> tickets = new ArrayList<>();
        for (Map.Entry<Item, TrackedIssue> entry : found.byItem().entrySet()) {
            if (entry.getKey() instanceof Item.StepTicket item && item.isReview()) {
                boolean teamOfTeams = item.step() == Step.TEAM_OF_TEAMS;
                tickets.add(new ReviewTicket(item, entry.getValue(), teamOfTeams ? Optional.empty() : item.team(), teamOfTeams));
            }
        }
        return tickets;
    }
}
