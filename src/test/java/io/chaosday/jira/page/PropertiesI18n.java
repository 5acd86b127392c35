package io.chaosday.jira.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Stands in for SAL's {@code I18nResolver} in templates: the same {@code getText} signatures, texts
 * from our own i18n file through {@link MessageFormat} as Jira formats them. A missing key fails the
 * render instead of showing the key.
 */
public final class PropertiesI18n {

    private final Properties texts = new Properties();
    private final Set<String> used = new HashSet<>();

    public PropertiesI18n() {
        try (InputStream in = PropertiesI18n.class.getResourceAsStream("/i18n/chaosday.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    public String getText(String key, Serializable... arguments) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new AssertionError("no i18n text for " + key);
        }
        used.add(key);
        return new MessageFormat(text, Locale.ENGLISH).format(arguments);
    }

    /** Every key asked for so far. */
    public Set<String> used() {
        return Set.copyOf(used);
    }
}
