package com.atlassian.jira.event.entity;

// Checked: https://docs.atlassian.com/jira/server/com/atlassian/jira/entity/property/EntityPropertyHelper.html (BiFunction<ApplicationUser,EntityProperty,? extends EntityPropertySetEvent>); package per jira-api, unchecked here
public interface EntityPropertySetEvent {
}
