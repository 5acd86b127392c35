package io.chaosday.pages;

/** One line of the lessons page's figures table. Template view; not for callers. */
public record FigureRow(String label, int value) {
}
