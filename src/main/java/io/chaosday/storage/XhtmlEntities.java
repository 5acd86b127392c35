package io.chaosday.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites XHTML's named character references ({@code &nbsp;}, {@code &rsquo;}, ...) as numeric
 * ones, so that storage format can be parsed without a DTD, which we never load.
 */
final class XhtmlEntities {

    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,9});");
    private static final Map<String, Integer> CODE_POINTS = load();

    private XhtmlEntities() {
    }

    /** Unknown names stay as they are; the XML parser then rejects them. */
    static String toNumeric(String storage) {
        if (storage.indexOf('&') < 0) {
            return storage;
        }
        Matcher m = NAMED.matcher(storage);
        StringBuilder out = new StringBuilder(storage.length());
        while (m.find()) {
            Integer cp = CODE_POINTS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(cp == null ? m.group() : "&#" + cp + ";"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Integer> load() {
        Properties table = new Properties();
        try (InputStream in = XhtmlEntities.class.getResourceAsStream("xhtml-entities.properties")) {
            if (in == null) {
                throw new IllegalStateException("xhtml-entities.properties is missing from the classpath");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> codePoints = new HashMap<>();
        table.forEach((name, hex) -> codePoints.put((String) name, Integer.parseInt((String) hex, 16)));
        return Map.copyOf(codePoints);
    }
}
