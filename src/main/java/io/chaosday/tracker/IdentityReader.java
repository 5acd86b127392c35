package io.chaosday.tracker;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which item of which Chaos Day an issue is: its identity property, else its identity label. Every
 * tracker reads it here, so an issue imported from the Jira CSV file, which carries the labels but
 * no property (an import sets none), is part of its Chaos Day wherever it is read.
 */
public final class IdentityReader {

    private IdentityReader() {
    }

    /** The property's identity when there is one, else the one an identity label names. */
    public static Optional<IssueIdentity> read(Optional<IssueIdentity> property, Iterable<String> labels) {
        return property.or(() -> fromLabels(labels));
    }

    /**
     * The same answer for a tracker whose search returns the labels but where each property costs a
     * request: the label is read first and the property only for an issue without one. Both are
     * written when the issue is made, naming the same item, so the order changes only the cost.
     */
    public static Optional<IssueIdentity> readLabelFirst(Iterable<String> labels, Supplier<Optional<IssueIdentity>> property) {
        return fromLabels(labels).or(property);
    }

    /** The identity the first identity label names; empty when no label is one. */
    public static Optional<IssueIdentity> fromLabels(Iterable<String> labels) {
        for (String label : labels) {
            Optional<IssueIdentity> identity = IssueIdentity.fromLabel(label);
            if (identity.isPresent()) {
                return identity;
            }
        }
        return Optional.empty();
    }
}
