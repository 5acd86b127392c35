package com.atlassian.sal.api.pluginsettings;

// Checked: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html (createGlobalSettings(); keys namespaced by the plugin)
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
