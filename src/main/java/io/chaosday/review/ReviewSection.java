package io.chaosday.review;

import java.util.Objects;
import java.util.Optional;

/**
 * One heading of the review ticket's description.
 *
 * @param key     stable name, used when the filled-in description is read back
 * @param heading what the ticket shows as the heading
 * @param prompt  a sentence under the heading saying what to write there
 * @param example a line to copy and change, shown as a bullet under the prompt; empty for none
 */
public record ReviewSection(String key, String heading, String prompt, Optional<String> example) {

    public ReviewSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(example, "example");
    }

    ReviewSection(String key, String heading, String prompt) {
        this(key, heading, prompt, Optional.empty());
    }
}
