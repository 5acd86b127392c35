package io.chaosday.review.storage;

import java.util.Locale;
import java.util.Set;

/** Which link targets may appear in a page: web and mail links, and relative links without a scheme. */
public final class Urls {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private Urls() {
    }

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
