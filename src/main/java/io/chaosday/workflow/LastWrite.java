package io.chaosday.workflow;

import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an experiment ticket's hand-editable fields looked like right after our last write, kept
 * in the card's property: a field that differs from it now was edited by a person since. The
 * description is kept as a digest, read back from the tracker so its own markup is compared.
 */
record LastWrite(Optional<String> description, Optional<String> due, Optional<String> assignee) {

    private static final String DESCRIPTION = "written.description";
    private static final String DUE = "written.due";
    private static final String ASSIGNEE = "written.assignee";

    static LastWrite from(Map<String, String> property) {
        return new LastWrite(Optional.ofNullable(property.get(DESCRIPTION)), Optional.ofNullable(property.get(DUE)),
                Optional.ofNullable(property.get(ASSIGNEE)));
    }

    static LastWrite of(IssueState state) {
        return new LastWrite(Optional.of(digest(state.description())), Optional.of(state.due().map(Object::toString).orElse("")),
                Optional.of(state.assignee().orElse("")));
    }

    /** Unknown (no record of our write) counts as edited: what a person may have written is kept. */
    boolean descriptionEditedIn(IssueState now) {
        return description.map(d -> !d.equals(digest(now.description()))).orElse(true);
    }

    /** Unknown counts as not edited: the due date only ever came from us or from the plan. */
    boolean dueEditedIn(IssueState now) {
        return due.map(d -> !d.equals(now.due().map(Object::toString).orElse(""))).orElse(false);
    }

    boolean assigneeEditedIn(IssueState now) {
        return assignee.map(a -> !a.equals(now.assignee().orElse(""))).orElse(false);
    }

    /** This record with the parts that were just written taken from {@code after}. */
    LastWrite updated(IssueState after, boolean descriptionWritten, boolean dueWritten, boolean assigneeWritten) {
        LastWrite fresh = of(after);
        return new LastWrite(descriptionWritten ? fresh.description : description, dueWritten || due.isEmpty() ? fresh.due : due,
                assigneeWritten || assignee.isEmpty() ? fresh.assignee : assignee);
    }

    Map<String, String> addTo(Map<String, String> card) {
        Map<String, String> all = new LinkedHashMap<>(card);
        description.ifPresent(d -> all.put(DESCRIPTION, d));
        due.ifPresent(d -> all.put(DUE, d));
        assignee.ifPresent(a -> all.put(ASSIGNEE, a));
        return all;
    }

    private static String digest(Optional<IssueDescription> description) {
        String text = description.map(IssueDescription::body).orElse("").replace("\r\n", "\n").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
