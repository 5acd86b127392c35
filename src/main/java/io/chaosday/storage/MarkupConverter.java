package io.chaosday.storage;

import java.util.Optional;

/**
 * Turns one markup (Jira wiki markup, Atlassian Document Format) into storage format without asking
 * Confluence. A converter knows its limits: for text it cannot convert faithfully it answers empty,
 * and the caller asks Confluence's own converter instead. Whatever it answers is still checked by
 * {@link StorageSanitizer} on the way into a page, like Confluence's own output.
 */
public interface MarkupConverter {

    /** The storage format for {@code text}, or empty when this converter cannot convert it faithfully. */
    Optional<String> toStorage(String text);
}
