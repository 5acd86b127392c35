package io.chaosday.http;

import java.util.Optional;

/** What a token may hold: Jira's and Confluence's tokens are printable ASCII without spaces, as HTTP headers need. */
final class TokenText {

    private TokenText() {
    }

    /** What is wrong with the token, without quoting any of it; empty when it is fine. */
    static Optional<String> problem(String token) {
        if (token.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
            return Optional.of("contains a control character");
        }
        if (token.chars().anyMatch(c -> c == ' ' || c > 0x7e)) {
            return Optional.of("contains a space or a character outside ASCII");
        }
        return Optional.empty();
    }
}
