package io.chaosday.tracker;

import java.util.function.Predicate;

/**
 * An issue property a search should return, and which items can carry it: a tracker that reads
 * properties one issue at a time asks only where there can be something. The use case that
 * keeps the property says which items those are.
 */
public record WantedProperty(String key, Predicate<Item> carriedBy) {

    /** A property any issue may carry. */
    public static WantedProperty onAnyItem(String key) {
        return new WantedProperty(key, item -> true);
    }
}
