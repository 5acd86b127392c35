package io.chaosday.pages;

import java.util.ArrayList;
import java.util.List;

/** A labelled value of a details list; only fields with a value are listed. Template view; not for callers. */
public record Field(String label, String value) {

    /** The pairs {@code label, value, label, value...} whose value is not blank. */
    static List<Field> present(String... labelsAndValues) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            if (!labelsAndValues[i + 1].isBlank()) {
                fields.add(new Field(labelsAndValues[i], labelsAndValues[i + 1].strip()));
            }
        }
        return List.copyOf(fields);
    }
}
