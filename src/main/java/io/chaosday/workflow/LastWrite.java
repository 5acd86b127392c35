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
import java.util.Set;
import java.util.TreeSet;

/**
 * What an experiment ticket's hand-editable fields looked like right after our last write, kept
 * in the card's property: a field that differs from it now was edited by a person since. The
 * description is kept as a digest of the whole and one of each part under a heading
 * ({@link CardSections}), read back from the tracker so its own markup is compared.
 */
record LastWrite(Optional<String> description, Map<String, String> parts, Optional<String> due, Optional<String> assignee,
        Optional<String> assigneeId) {

    private static final String DESCRIPTION = "written.description";
    private static final String PART = "written.part.";
    private static final String DUE = "written.due";
    private static final String ASSIGNEE = "written.assignee";
    private static final String ASSIGNEE_ID = "written.assigneeId";

    LastWrite {
        parts = Map.copyOf(parts);
    }

    /** Whether the property records a write at all: a ticket whose create answer was lost has its card but no record. */
    static boolean isRecorded(Map<String, String> property) {
        return property.containsKey(DESCRIPTION);
    }

    static LastWrite from(Map<String, String> property) {
        Map<String, String> parts = new LinkedHashMap<>();
        property.forEach((key, digest) -> {
            if (key.startsWith(PART)) {
                parts.put(key.substring(PART.length()), digest);
            }
        });
        return new LastWrite(Optional.ofNullable(property.get(DESCRIPTION)), parts, Optional.ofNullable(property.get(DUE)),
                Optional.ofNullable(property.get(ASSIGNEE)), Optional.ofNullable(property.get(ASSIGNEE_ID)));
    }

    static LastWrite of(IssueState state) {
        return new LastWrite(Optional.of(digest(state.description())), partDigests(state), Optional.of(state.due().map(Object::toString).orElse("")),
                Optional.of(state.assignee().orElse("")), state.assigneeId().or(() -> state.assignee().isEmpty() ? Optional.of("") : Optional.empty()));
    }

    /**
     * What a create writes, known before it is sent: the description as the tracker stores it, the
     * due date, and the person the create assigns by the name it was given (no display name yet).
     * Read back after the create, a ticket that agrees with it needs no second write.
     */
    static LastWrite ofCreate(IssueState sent) {
        return new LastWrite(Optional.of(digest(sent.description())), partDigests(sent),
                Optional.of(sent.due().map(Object::toString).orElse("")), Optional.empty(), Optional.of(sent.assigneeId().orElse("")));
    }

    /**
     * Whether the ticket as read back is what this record says was written: same description, parts
     * and due date, and assigned to the person the record names (user names compare without case).
     */
    boolean agreesWith(IssueState now) {
        LastWrite read = of(now);
        return description.equals(read.description) && parts.equals(read.parts) && due.equals(read.due)
                && assigneeId.map(id -> id.equalsIgnoreCase(now.assigneeId().orElse(""))).orElse(false);
    }

    /** Unknown (no record of our write) counts as edited: what a person may have written is kept. */
    boolean descriptionEditedIn(IssueState now) {
        return description.map(d -> !d.equals(digest(now.description()))).orElse(true);
    }

    /**
     * The headings of the parts a person edited since our last write; empty when that cannot be told
     * part by part: no record of the parts, or the headings are no longer the ones we wrote.
     */
    Optional<Set<String>> partsEditedIn(IssueState now) {
        // A section a person added under a heading of their own is theirs, not an edit of the card's parts.
        Map<String, String> recorded = cardParts(parts);
        Map<String, String> current = partDigests(now);
        if (recorded.isEmpty() || !current.keySet().equals(recorded.keySet())) {
            return Optional.empty();
        }
        Set<String> edited = new TreeSet<>();
        recorded.forEach((heading, digest) -> {
            if (!digest.equals(current.get(heading))) {
                edited.add(heading);
            }
        });
        return Optional.of(edited);
    }

    /** Unknown counts as not edited: the due date only ever came from us or from the plan. */
    boolean dueEditedIn(IssueState now) {
        return due.map(d -> !d.equals(now.due().map(Object::toString).orElse(""))).orElse(false);
    }

    /** By who the assignee is to the tracker when recorded (user names without case), else by display name. */
    boolean assigneeEditedIn(IssueState now) {
        if (assigneeId.isPresent() && (now.assigneeId().isPresent() || now.assignee().isEmpty())) {
            return !assigneeId.get().equalsIgnoreCase(now.assigneeId().orElse(""));
        }
        return assignee.map(a -> !a.equals(now.assignee().orElse(""))).orElse(false);
    }

    /**
     * This record with the fields that were just written taken from {@code after}. The parts a
     * person edited that were written back as they were keep their old digest: still theirs.
     */
    LastWrite updated(IssueState after, boolean descriptionWritten, Set<String> partsKept, boolean dueWritten, boolean assigneeWritten) {
        LastWrite fresh = of(after);
        Map<String, String> newParts = new LinkedHashMap<>(fresh.parts);
        partsKept.stream().filter(parts::containsKey).forEach(heading -> newParts.put(heading, parts.get(heading)));
        boolean freshAssignee = assigneeWritten || assignee.isEmpty() && assigneeId.isEmpty();
        return new LastWrite(descriptionWritten ? fresh.description : description, descriptionWritten ? newParts : parts,
                dueWritten || due.isEmpty() ? fresh.due : due, freshAssignee ? fresh.assignee : assignee,
                freshAssignee ? fresh.assigneeId : assigneeId);
    }

    Map<String, String> addTo(Map<String, String> card) {
        Map<String, String> all = new LinkedHashMap<>(card);
        description.ifPresent(d -> all.put(DESCRIPTION, d));
        new java.util.TreeMap<>(parts).forEach((heading, digest) -> all.put(PART + heading, digest));
        due.ifPresent(d -> all.put(DUE, d));
        assignee.ifPresent(a -> all.put(ASSIGNEE, a));
        assigneeId.ifPresent(a -> all.put(ASSIGNEE_ID, a));
        return all;
    }

    /** The digest of each of the card's parts by its heading; none when the description cannot be cut into parts. */
    private static Map<String, String> partDigests(IssueState state) {
        Map<String, String> digests = new LinkedHashMap<>();
        state.description().flatMap(CardSections::of)
                .ifPresent(sections -> sections.parts().forEach((heading, body) -> digests.put(heading, digest(Optional.of(body)))));
        return cardParts(digests);
    }

    /** Only the card's own parts: a record made before people's sections were told apart may hold theirs too. */
    private static Map<String, String> cardParts(Map<String, String> digests) {
        Map<String, String> card = new LinkedHashMap<>(digests);
        card.keySet().retainAll(ExperimentCard.HEADINGS);
        return card;
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
