package io.chaosday.jira.page;

/**
 * An open ticket in the overdue or next-due list.
 *
 * @param assignee the assignee's display name, empty when unassigned
 */
public record TicketRow(Link issue, String summary, String due, String assignee) {

    public boolean isAssigned() {
        return !assignee.isEmpty();
    }
}
