package io.chaosday.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds request URLs from segments and query parameters, each percent-encoded on its own, so a
 * user's value (a project key, a JQL query) can never change the shape of the URL.
 */
public final class Urls {

    private Urls() {
    }

    /** A path of literal segments, e.g. {@code path("rest", "api", "2", "issue")}. */
    public static Path path(String... segments) {
        return new Path(List.of(segments), List.of());
    }

    /** An immutable path plus query; {@link #toString()} is the encoded path without the query. */
    public static final class Path {
        private final List<String> segments;
        private final List<Map.Entry<String, String>> query;

        private Path(List<String> segments, List<Map.Entry<String, String>> query) {
            this.segments = List.copyOf(segments);
            this.query = List.copyOf(query);
        }

        /** Appends one segment; '/' and everything else outside the unreserved set is encoded. */
        public Path segment(String segment) {
            List<String> more = new ArrayList<>(segments);
            more.add(segment);
            return new Path(more, query);
        }

        /** Adds a query parameter; may be repeated. */
        public Path query(String name, Object value) {
            List<Map.Entry<String, String>> more = new ArrayList<>(query);
            more.add(Map.entry(name, String.valueOf(value)));
            return new Path(segments, more);
        }

        /** The absolute URL under {@code base}, which may carry a context path such as {@code /jira}. */
        public URI resolve(URI base) {
            String root = base.toString().replaceAll("/+$", "");
            return URI.create(root + target());
        }

        /** The encoded path and query, relative to a site's address: what a {@link Transport} sends. */
        public String target() {
            StringBuilder url = new StringBuilder(toString());
            String separator = "?";
            for (Map.Entry<String, String> parameter : query) {
                url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = "&";
            }
            return url.toString();
        }

        @Override
        public String toString() {
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                path.append('/').append(encode(segment));
            }
            return path.toString();
        }
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters; fits a path segment and a query value. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
