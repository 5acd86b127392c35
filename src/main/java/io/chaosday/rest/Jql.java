package io.chaosday.rest;

/** JQL built from quoted values, so a label or key can never change the query. */
public final class Jql {

    private Jql() {
    }

    /** {@code project = "KEY" AND labels = "label"}. */
    public static String projectAndLabel(String projectKey, String label) {
        return "project = " + quote(projectKey) + " AND labels = " + quote(label) + " ORDER BY key ASC";
    }

    /** A JQL string literal: double quotes, with backslash and double quote escaped, line breaks spelled out. */
    static String quote(String value) {
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
