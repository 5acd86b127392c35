package com.atlassian.jira.entity.property;

// Unchecked here (page not in the docs search): EntityProperty getValue(), the JSON text stored
public interface EntityProperty {

    String getValue();
}
