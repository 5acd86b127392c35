package com.atlassian.sal.api.pluginsettings;

// Checked: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html (Object get(String), Object put(String, Object), Object remove(String); values String, List, Properties or Map)
public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
