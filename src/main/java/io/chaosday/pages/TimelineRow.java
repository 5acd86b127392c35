package io.chaosday.pages;

/** One line of the timeline table. Template view; not for callers. */
public record TimelineRow(String time, String who, String saw, String thought, String did) {
}
