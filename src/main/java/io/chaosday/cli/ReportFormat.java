package io.chaosday.cli;

import java.util.Locale;

/** How a report is printed: a table for people, JSON for scripts and dashboards. */
public enum ReportFormat {
    TABLE,
    JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
