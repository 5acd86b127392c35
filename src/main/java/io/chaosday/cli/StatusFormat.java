package io.chaosday.cli;

import java.util.Locale;

/** How {@code status} prints: a table for people, JSON for dashboards, an iCalendar file of the dates in Jira. */
public enum StatusFormat {
    TABLE,
    JSON,
    ICS;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
