package io.chaosday.review;

import io.chaosday.storage.StorageFragment;
import java.util.List;
import java.util.Objects;

/** What happened, either as entries for a table or as the text the team wrote in the ticket. */
public sealed interface Timeline {

    static Timeline of(List<TimelineEntry> entries) {
        return new Entries(entries);
    }

    static Timeline narrative(StorageFragment text) {
        return new Narrative(text);
    }

    static Timeline empty() {
        return new Entries(List.of());
    }

    record Entries(List<TimelineEntry> entries) implements Timeline {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    record Narrative(StorageFragment text) implements Timeline {
        public Narrative {
            Objects.requireNonNull(text, "text");
        }
    }
}
