package com.atlassian.jira.entity.property;

// Checked: jira-api's EntityProperty.java (interface since 6.1; getId(), getEntityName(), getKey(), and String getValue(), the
// JSON text stored, past the part seen). No 10.x page found
public interface EntityProperty {

    String getValue();
}
