package io.chaosday.pages;

import java.util.List;

/** One review's key lessons and the title of its page. Template view; not for callers. */
public record ReviewLessonsRow(String pageTitle, String team, List<String> lessons) {
}
