package io.chaosday.pages;

import io.chaosday.review.RunEntry;
import java.util.List;

/** One experiment's run log under the review's Timeline heading. Template view; not for callers. */
public record RunTimelineView(String title, List<RunEntry> entries) {
}
