package io.chaosday.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How we prove who we are to Jira or Confluence. {@code origin} says where the token came from
 * (an environment variable's name or a file's path) so messages can point there; the token itself
 * is never shown by {@link #toString()}.
 */
public sealed interface Credentials permits Credentials.Bearer, Credentials.Basic, Credentials.ApplicationLink {

    /** The value of the {@code Authorization} header we send; empty when the transport authenticates on its own. */
    Optional<String> authorization();

    /** Where the token came from, for messages: "JIRA_TOKEN" or a file's path. */
    String origin();

    /** A Data Center personal access token, sent as {@code Authorization: Bearer}. */
    record Bearer(String token, String origin) implements Credentials {
        public Bearer {
            requireToken(token);
        }

        @Override
        public Optional<String> authorization() {
            return Optional.of("Bearer " + token);
        }

        @Override
        public String toString() {
            return "Bearer[token from " + origin + "]";
        }
    }

    /** A Cloud account's e-mail address and API token, sent as HTTP Basic. */
    record Basic(String user, String token, String origin) implements Credentials {
        public Basic {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("a user is needed for Basic credentials");
            }
            requireToken(token);
        }

        @Override
        public Optional<String> authorization() {
            String pair = user + ":" + token;
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", token from " + origin + "]";
        }
    }

    /**
     * Jira's application link to Confluence signs each request itself (OAuth or a trusted
     * impersonation, as its administrator set it up); we hold no token.
     *
     * @param linkName the link's name, as Jira's administration screens show it
     */
    record ApplicationLink(String linkName) implements Credentials {
        @Override
        public Optional<String> authorization() {
            return Optional.empty();
        }

        @Override
        public String origin() {
            return "Jira's application link \"" + linkName + "\"";
        }

        @Override
        public String toString() {
            return "ApplicationLink[" + origin() + "]";
        }
    }

    private static void requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        // Never quote the token: the reason alone says what to fix.
        TokenText.problem(token).ifPresent(problem -> {
            throw new IllegalArgumentException("the token " + problem);
        });
    }
}
