package com.atlassian.jira.issue.customfields;

// Checked: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/customfields/CustomFieldType.html (interface; getKey()
// among its methods); the type parameters <T, S> of Jira 7+ and the key's form "plugin.key:module.key" are not confirmed here
public interface CustomFieldType<T, S> {

    String getKey();
}
