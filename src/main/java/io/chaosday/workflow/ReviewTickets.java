package io.chaosday.workflow;

import io.chaosday.tracker.TrackedIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review tickets of a Chaos Day: one per team, and the team-of-teams review. */
final class ReviewTickets {

    /** A review ticket with its team; no team for the team-of-teams review and single-team reviews. */
    record ReviewTicket(String item, TrackedIssue issue, Optional<String> team, boolean teamOfTeams) {
    }

    private ReviewTickets() {
    }

    static List<ReviewTicket> of(ChaosDayIssues found) {
        List<ReviewTicket> tickets = new ArrayList<>();
        for (Map.Entry<String, TrackedIssue> entry : found.byItem().entrySet()) {
            String item = entry.getKey();
            if (item.equals("review")) {
                tickets.add(new ReviewTicket(item, entry.getValue(), Optional.empty(), false));
            } else if (item.startsWith("review/")) {
                tickets.add(new ReviewTicket(item, entry.getValue(), Optional.of(item.substring("review/".length())), false));
            } else if (item.equals("team-of-teams")) {
                tickets.add(new ReviewTicket(item, entry.getValue(), Optional.empty(), true));
            }
        }
        return tickets;
    }
}
