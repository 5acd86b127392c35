package io.chaosday.jira.page;

import io.chaosday.jira.link.FallbackSettingsForm;

import java.util.List;

/** The Confluence settings page in each state an administrator meets it. */
public final class SampleSettings {

    public static final String TEMPLATE = "templates/jira/confluence-settings.vm";
    private static final String ACTION = "/jira/plugins/servlet/chaosday/confluence";

    private SampleSettings() {
    }

    public static FallbackSettingsForm empty() {
        return new FallbackSettingsForm(ACTION, "atl_token", "xsrf-1", "", false, "", "", "");
    }

    public static FallbackSettingsForm saved() {
        return new FallbackSettingsForm(ACTION, "atl_token", "xsrf-1", "https://confluence.example.com", true, "",
                "chaosday.settings.saved", "");
    }

    public static FallbackSettingsForm refused() {
        return new FallbackSettingsForm(ACTION, "atl_token", "xsrf-1", "http://confluence.example.com", true, "", "",
                "Give Confluence's https:// address: the token must never travel unencrypted.");
    }

    public static FallbackSettingsForm linked() {
        return new FallbackSettingsForm(ACTION, "atl_token", "xsrf-1", "", false, "Team wiki", "", "");
    }

    static FallbackSettingsForm hostile(String m) {
        return new FallbackSettingsForm(m, m, m, m, true, m, "chaosday.settings.saved", m);
    }

    static List<FallbackSettingsForm> everyState() {
        return List.of(empty(), saved(), refused(), linked(), hostile("<x>"));
    }
}
