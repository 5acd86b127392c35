package com.atlassian.plugin.web;

import java.util.Map;

// Checked: https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html and Jira Software 11.1's IsSoftwareProjectCondition (docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/web/conditions/IsSoftwareProjectCondition.html): init(Map<String,String>), shouldDisplay(Map<String,Object>). init also declares the unchecked PluginParseException, left out here.
public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
