package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.Optional;

/** A due date to move; {@code from} is what the issue had, for the report. */
public record DueDateChange(String issueKey, Optional<LocalDate> from, LocalDate to) {
}
