package io.chaosday.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads improvement ideas from a review's "Improvements" section: one bullet each, with an owner
 * and a due date in brackets, e.g. {@code * Alert on fail-over time (owner: Alice, due: 2027-04-01)}.
 * A bullet without an owner stays an idea (no ticket: without an owner an improvement gets lost);
 * a bullet that cannot be read is never dropped silently: it comes back as {@link Unreadable}.
 */
final class ImprovementIdeas {

    /** An idea; with an owner it is ready to become a ticket. */
    record Idea(String summary, Optional<String> owner, Optional<LocalDate> due) {

        /** Whether Jira takes the idea as a ticket's summary; one too long stays on the page without a ticket. */
        boolean fitsJira() {
            return summary.length() <= JiraLimits.MAX_LENGTH;
        }
    }

    /** A line of the section that looks like an idea but cannot be read, and why. */
    record Unreadable(String line, String problem) {
    }

    /** What the section holds. */
    record Read(List<Idea> ideas, List<Unreadable> unreadable) {
        Read {
            ideas = List.copyOf(ideas);
            unreadable = List.copyOf(unreadable);
        }
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*#-]+|\\d+[.)])\\s+(.+?)\\s*$");
    /** A bullet a person copied from a rendered ticket, with its markup escaped. */
    private static final Pattern ESCAPED_BULLET = Pattern.compile("^\\s*\\\\[*#-]\\s+.*$");
    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern OWNER = Pattern.compile("^\\s*owner\\s*:\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DUE = Pattern.compile("^\\s*due\\s*:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final String FORM = "write it as '* what to do (owner: NAME, due: YYYY-MM-DD)'";

    private ImprovementIdeas() {
    }

    static Read read(String text) {
        List<Idea> ideas = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (ESCAPED_BULLET.matcher(line).matches()) {
                unreadable.add(new Unreadable(line.strip(), "the bullet is escaped with a backslash; remove the '\\'"));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                idea(line.strip(), bullet.group(1), ideas, unreadable);
            }
        }
        return new Read(ideas, unreadable);
    }

    private static void idea(String line, String text, List<Idea> ideas, List<Unreadable> unreadable) {
        Matcher brackets = BRACKETS.matcher(text);
        if (!brackets.matches() || !brackets.group(2).toLowerCase(java.util.Locale.ROOT).contains("owner")) {
            ideas.add(new Idea(text, Optional.empty(), Optional.empty()));
            unreadable.add(new Unreadable(line, "no owner, so no ticket; " + FORM));
            return;
        }
        Optional<String> owner = Optional.empty();
        Optional<LocalDate> due = Optional.empty();
        for (String part : brackets.group(2).split("[,;]")) {
            Matcher o = OWNER.matcher(part);
            Matcher d = DUE.matcher(part);
            if (o.matches()) {
                owner = Optional.of(o.group(1));
            } else if (d.matches()) {
                Optional<LocalDate> date = date(d.group(1));
                if (date.isEmpty()) {
                    // Kept on the page as written, without a ticket, until the date is put right.
                    ideas.add(new Idea(text, Optional.empty(), Optional.empty()));
                    unreadable.add(new Unreadable(line, notADate(d.group(1)) + "; it stays on the page without a ticket"));
                    return;
                }
                due = date;
            } else if (!part.isBlank()) {
                unreadable.add(new Unreadable(line, "'" + part.strip() + "' is neither owner nor due; " + FORM));
                return;
            }
        }
        if (owner.isEmpty()) {
            unreadable.add(new Unreadable(line, "the owner has no name; " + FORM));
            return;
        }
        Idea idea = new Idea(brackets.group(1).strip(), owner, due);
        ideas.add(idea);
        if (!idea.fitsJira()) {
            unreadable.add(new Unreadable(line, "the idea is " + idea.summary().length() + " characters, more than the "
                    + JiraLimits.MAX_LENGTH + " Jira allows in a ticket's summary, so it gets no ticket; shorten it and publish again"));
        }
    }

    /** The text without its bullets: what the section says besides the ideas, which the page shows as a table. */
    static String withoutBullets(String text) {
        StringBuilder rest = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!BULLET.matcher(line).matches() && !ESCAPED_BULLET.matcher(line).matches()) {
                rest.append(line).append('\n');
            }
        }
        return rest.toString().strip();
    }

    /** Why {@code text} is no date: a day the month does not have is named as such, anything else asked for as YYYY-MM-DD. */
    static String notADate(String text) {
        Matcher shape = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(text);
        if (shape.matches()) {
            int year = Integer.parseInt(shape.group(1));
            int month = Integer.parseInt(shape.group(2));
            if (month < 1 || month > 12) {
                return "'" + text + "' has no month " + month + "; months run from 01 to 12";
            }
            java.time.YearMonth yearMonth = java.time.YearMonth.of(year, month);
            return "'" + text + "' is a day the calendar does not have: "
                    + yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year
                    + " has " + yearMonth.lengthOfMonth() + " days";
        }
        return "'" + text + "' is not a date; write it as YYYY-MM-DD";
    }

    /** A real calendar date: 2027-02-30 is refused, not rolled over to March. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
