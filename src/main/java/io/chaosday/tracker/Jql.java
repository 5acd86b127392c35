package io.chaosday.tracker;

import java.util.List;

/** JQL built from quoted values, so a label or key can never change the query. The only place JQL is written. */
public final class Jql {

    private Jql() {
    }

    /** {@code project = "KEY" AND labels = "label"}. */
    public static String projectAndLabel(String projectKey, String label) {
        return projectAndLabels(projectKey, List.of(label), "key ASC");
    }

    /** {@code project = "KEY" AND labels = "a" AND labels = "b" ORDER BY ...}: issues carrying every label. */
    public static String projectAndLabels(String projectKey, List<String> labels, String orderBy) {
        StringBuilder jql = new StringBuilder("project = ").append(quote(projectKey));
        labels.forEach(label -> jql.append(" AND labels = ").append(quote(label)));
        return jql.append(" ORDER BY ").append(orderBy).toString();
    }

    /**
     * As {@link #projectAndLabels}, over several projects: {@code project in ("A", "B") AND ...}; over
     * one, the same query as {@link #projectAndLabels}.
     */
    public static String projectsAndLabels(List<String> projectKeys, List<String> labels, String orderBy) {
        if (projectKeys.size() == 1) {
            return projectAndLabels(projectKeys.get(0), labels, orderBy);
        }
        StringBuilder jql = new StringBuilder("project in (")
                .append(projectKeys.stream().map(Jql::quote).collect(java.util.stream.Collectors.joining(", "))).append(")");
        labels.forEach(label -> jql.append(" AND labels = ").append(quote(label)));
        return jql.append(" ORDER BY ").append(orderBy).toString();
    }

    /** A JQL string literal: double quotes, with backslash and double quote escaped, line breaks spelled out. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
