package io.chaosday.jira.link;

import io.chaosday.link.Urls;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where publishing goes when Jira has no application link to Confluence: a Confluence address, a
 * personal access token an administrator set, and the spaces publishing with that token may write
 * to, kept in SAL's global plugin settings (shared by every node of a cluster). The token is written
 * and read here only; nothing shows it again or logs it.
 *
 * <p>Jira 10 and 11 give apps no store for secrets: Atlassian's Plugin Secrets Service, which keeps
 * an app's secrets encrypted and apart from other apps', needs Jira Data Center 12.0
 * (developer.atlassian.com/server/framework/atlassian-sdk/plugin-secrets-service), and the secret
 * encryption Jira 10.3 has is for its own database password in dbconfig.xml (confluence.atlassian.com
 * /adminjiraserver103/custom-implementation-1489806940.html). So the token sits in plugin settings,
 * readable by whoever reads Jira's database; what limits it is who may set it (a Jira administrator, in
 * a secure session), that nothing shows it, and the spaces it may publish to.
 */
public final class FallbackSettings {

    static final String BASE_URL = "io.chaosday.chaos-day-jira:confluence.base-url";
    static final String TOKEN = "io.chaosday.chaos-day-jira:confluence.token";
    static final String SPACES = "io.chaosday.chaos-day-jira:confluence.spaces";

    /** A Confluence space key: letters, digits and underscores; a personal space's starts with "~". */
    private static final java.util.regex.Pattern SPACE_KEY = java.util.regex.Pattern.compile("~?[A-Za-z0-9_]{1,255}");

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

    /** Saves both and the spaces the token may publish to, given as keys separated by commas, spaces or lines. */
    public void save(String baseUrl, String token, String spaces) {
        List<String> keys = checkedSpaces(spaces);
        save(baseUrl, token);
        settings.createGlobalSettings().put(SPACES, String.join(",", keys));
    }

    /** The keys of the spaces publishing with the token may write to; none until an administrator names some. */
    public List<String> spaces() {
        Object stored = settings.createGlobalSettings().get(SPACES);
        return stored instanceof String text && !text.isBlank() ? List.of(text.split(",")) : List.of();
    }

    public void clear() {
        PluginSettings global = settings.createGlobalSettings();
        global.remove(BASE_URL);
        global.remove(TOKEN);
        global.remove(SPACES);
    }

    static List<String> checkedSpaces(String spaces) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : (spaces == null ? "" : spaces).split("[,\\s]+")) {
            if (key.isEmpty()) {
                continue;
            }
            if (!SPACE_KEY.matcher(key).matches()) {
                throw new Refused("chaosday.settings.error.space", "not a space key: give the keys of the spaces, such as"
                        + " ENG or ~alice, separated by commas");
            }
            keys.add(key);
        }
        return List.copyOf(keys);
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
