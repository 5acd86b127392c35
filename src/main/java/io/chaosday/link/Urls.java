package io.chaosday.link;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules for addresses, in one place: request URLs are built from segments and query
 * parameters, each percent-encoded on its own, so a user's value (a project key, a JQL query) can
 * never change the shape of the URL; and only web, mail and relative links may appear in a page.
 */
public final class Urls {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private Urls() {
    }

    /** A site's address as typed or configured, without the slashes that may end it: the one place they are trimmed. */
    public static String withoutTrailingSlashes(String address) {
        return address.replaceAll("/+$", "");
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
            String root = withoutTrailingSlashes(base.toString());
            return URI.create(root + target());
        }

        /** The encoded path and query, relative to a site's address: what goes on the request line. */
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

    /** Whether a page may link to {@code url}: web and mail links, and relative links without a scheme. */
    public static boolean isSafe(String url) {
        String value = url.strip();
        int colon = value.indexOf(':');
        int pathStart = firstOf(value, "/?#");
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) {
            // No scheme at all: a relative link, which stays on the same site.
            return true;
        }
        return SAFE_SCHEMES.contains(value.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /** Only absolute http(s) links: for the offline preview, where relative links lead nowhere. */
    public static boolean isWeb(String url) {
        String value = url.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("http://") || value.startsWith("https://");
    }

    private static int firstOf(String value, String chars) {
        for (int i = 0; i < value.length(); i++) {
            if (chars.indexOf(value.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
