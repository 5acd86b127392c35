package io.chaosday.review;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Jira issue key such as {@code CHAOS-12}: a project key (a letter, then letters, digits or
 * underscores) and a number. Checked on the way in, so a key is never free text.
 */
public record IssueKey(String value) {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    public IssueKey {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!KEY.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Jira issue key: '" + value + "' (expected something like CHAOS-12)");
        }
    }

    public static IssueKey of(String value) {
        return new IssueKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
