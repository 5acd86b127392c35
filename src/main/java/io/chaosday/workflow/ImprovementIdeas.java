package io.chaosday.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads improvement ideas from a review's "Improvement ideas" section: one bullet each, with an
 * owner and a due date in brackets, e.g. {@code * Alert on fail-over time (owner: Alice, due: 2027-04-01)}.
 * Bullets without an owner stay ideas: without an owner an improvement gets lost.
 */
final class ImprovementIdeas {

    /** An idea with an owner, ready to become a ticket. */
    record Idea(String summary, String owner, Optional<LocalDate> due) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*#-]+|\\d+[.)])\\s+(.+?)\\s*$");
    private static final Pattern OWNED = Pattern.compile(
            "^(.+?)\\s*[(\\[]\\s*owner\\s*:\\s*([^,)\\]]+?)\\s*(?:[,;]\\s*due\\s*:\\s*([0-9-]+)\\s*)?[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE);

    private ImprovementIdeas() {
    }

    static List<Idea> read(String text) {
        List<Idea> ideas = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            if (!bullet.matches()) {
                continue;
            }
            Matcher owned = OWNED.matcher(bullet.group(1));
            if (owned.matches()) {
                ideas.add(new Idea(owned.group(1).strip(), owned.group(2).strip(), date(owned.group(3))));
            }
        }
        return ideas;
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
