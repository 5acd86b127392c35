package io.chaosday.jira.link;

import io.chaosday.review.link.Urls;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.net.URI;
import java.util.Optional;

/**
 * Where publishing goes when Jira has no application link to Confluence: a Confluence address and a
 * personal access token an administrator set, kept in SAL's global plugin settings (shared by every
 * node of a cluster). The token is written and read here only; nothing shows it again or logs it.
 */
public final class FallbackSettings {

    static final String BASE_URL = "io.chaosday.chaos-day-jira:confluence.base-url";
    static final String TOKEN = "io.chaosday.chaos-day-jira:confluence.token";

    private final PluginSettingsFactory settings;

    public FallbackSettings(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    /** The address and token, when an administrator set both. */
    public Optional<Fallback> read() {
        PluginSettings global = settings.createGlobalSettings();
        if (global.get(BASE_URL) instanceof String base && global.get(TOKEN) instanceof String token
                && !base.isBlank() && !token.isBlank()) {
            return Optional.of(new Fallback(URI.create(base), token));
        }
        return Optional.empty();
    }

    /** Only the address, for the admin page: the token is never shown again, only whether one is set. */
    public Optional<URI> address() {
        return read().map(Fallback::base);
    }

    /**
     * Saves both; a blank token keeps the one stored, so the admin page never has to show it to
     * keep it.
     *
     * @throws Refused naming what is wrong (never repeating the token)
     */
    public void save(String baseUrl, String token) {
        URI base = checkedAddress(baseUrl);
        PluginSettings global = settings.createGlobalSettings();
        boolean keepToken = token == null || token.isBlank();
        if (keepToken && !(global.get(TOKEN) instanceof String)) {
            throw new Refused("chaosday.settings.error.token-needed", "a personal access token is needed: make one in"
                    + " Confluence under your profile > Personal Access Tokens");
        }
        if (!keepToken) {
            global.put(TOKEN, checkedToken(token));
        }
        global.put(BASE_URL, base.toString());
    }

    public void clear() {
        PluginSettings global = settings.createGlobalSettings();
        global.remove(BASE_URL);
        global.remove(TOKEN);
    }

    static URI checkedAddress(String baseUrl) {
        URI base;
        try {
            base = URI.create(baseUrl == null ? "" : Urls.withoutTrailingSlashes(baseUrl.strip()));
        } catch (IllegalArgumentException e) {
            throw new Refused("chaosday.settings.error.not-an-address", "not a web address: give the address Confluence"
                    + " opens at, e.g. https://confluence.example.com");
        }
        if (!"https".equals(base.getScheme()) || base.getHost() == null) {
            throw new Refused("chaosday.settings.error.https", "give Confluence's https:// address (the token must never"
                    + " travel unencrypted), e.g. https://confluence.example.com");
        }
        if (base.getRawUserInfo() != null || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new Refused("chaosday.settings.error.address-alone", "give Confluence's address alone, without a user,"
                    + " query or fragment");
        }
        return base;
    }

    static String checkedToken(String token) {
        String stripped = token.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i)) || Character.isWhitespace(stripped.charAt(i))) {
                throw new Refused("chaosday.settings.error.token-characters", "the token contains a space or a control"
                        + " character: paste it again");
            }
        }
        return stripped;
    }

    /** A setting refused, with the i18n key ({@code chaosday.settings.error.*}) of its message for the admin page. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String key;

        Refused(String key, String message) {
            super(message);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** An address and its token; {@link #toString()} leaves the token out. */
    public record Fallback(URI base, String token) {
        @Override
        public String toString() {
            return "Fallback[" + base + ", token set]";
        }
    }
}
