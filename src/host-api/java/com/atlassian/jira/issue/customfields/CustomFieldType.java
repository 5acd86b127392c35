package com.atlassian.jira.issue.customfields;

// Unchecked here (page not in the docs search): CustomFieldType<T, S>.getKey(), the type key "plugin.key:module.key" (e.g. com.pyxis.greenhopper.jira:gh-epic-label)
public interface CustomFieldType<T, S> {

    String getKey();
}
