package io.chaosday.tracker;

import java.util.List;

/**
 * A piece of an issue description, kept abstract so each tracker renders it in its own markup
 * (wiki markup on Data Center, Atlassian Document Format on Cloud).
 */
public sealed interface TextBlock {

    record Heading(String text) implements TextBlock {
    }

    record Paragraph(String text) implements TextBlock {
    }

    record Bullets(List<String> items) implements TextBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A checklist: bullets a person ticks off as the step gets done. */
    record Checklist(List<String> items) implements TextBlock {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    /**
     * A part of a description as a person wrote it in the tracker, read from the same tracker and
     * written back unchanged, in that tracker's own markup: how their edits survive our update of
     * the parts around them.
     */
    record Verbatim(IssueDescription part) implements TextBlock {
    }
}
