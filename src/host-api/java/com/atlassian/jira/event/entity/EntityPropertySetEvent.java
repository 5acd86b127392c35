package com.atlassian.jira.event.entity;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/entity/property/EntityPropertyHelper.html (BiFunction<ApplicationUser,EntityProperty,? extends EntityPropertySetEvent>); its package as jira-api's JsonEntityPropertyManager.java imports it (com.atlassian.jira.event.entity.EntityPropertySetEvent)
public interface EntityPropertySetEvent {
}
