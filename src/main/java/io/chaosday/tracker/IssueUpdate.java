package io.chaosday.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Changes to an issue's fields; a field left empty stays as it is. */
public record IssueUpdate(Optional<List<TextBlock>> description, Optional<LocalDate> due, Optional<String> securityLevelId) {

    public IssueUpdate {
        description = description.map(List::copyOf);
    }

    public boolean isEmpty() {
        return description.isEmpty() && due.isEmpty() && securityLevelId.isEmpty();
    }
}
