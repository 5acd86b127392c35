package io.chaosday.review;

import java.util.Objects;

/**
 * One heading of the review ticket's description.
 *
 * @param key     stable name, used when the filled-in description is read back
 * @param heading what the ticket shows as the heading
 * @param prompt  a sentence under the heading saying what to write there
 */
public record ReviewSection(String key, String heading, String prompt) {

    public ReviewSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(prompt, "prompt");
    }
}
