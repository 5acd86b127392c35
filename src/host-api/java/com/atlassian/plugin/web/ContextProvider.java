package com.atlassian.plugin.web;

import java.util.Map;

// Checked: https://docs.atlassian.com/atlassian-plugins-parent/2.10.2-m1/xref/com/atlassian/plugin/web/ContextProvider.html and Jira Software 11.1's GlobalBoardNavigationPanelContextProvider (docs.atlassian.com/jira-software/11.1.0-m0011/.../GlobalBoardNavigationPanelContextProvider.html): init(Map<String,String>), getContextMap(Map<String,Object>). init also declares the unchecked PluginParseException, left out here.
public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
