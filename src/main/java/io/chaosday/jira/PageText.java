package io.chaosday.jira;

import io.chaosday.storage.StorageEscaper;

/**
 * What templates write values through: every value a person or Jira supplied is HTML-escaped here
 * (the same escaping as the timeline's and the Confluence pages'), so a team called {@code <script>}
 * is shown, never run. The method's name ends in {@code Html} so that a renderer which escapes on its
 * own takes the result as already safe instead of escaping it twice.
 */
public final class PageText {

    public String escapeHtml(Object value) {
        return StorageEscaper.escape(value);
    }
}
