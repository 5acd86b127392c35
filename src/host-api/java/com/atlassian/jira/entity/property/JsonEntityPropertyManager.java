package com.atlassian.jira.entity.property;

import com.atlassian.jira.event.entity.EntityPropertySetEvent;
import com.atlassian.jira.user.ApplicationUser;
import java.util.function.BiFunction;

// get(entityName, entityId, key) read in jira-api source (JsonEntityPropertyManager.java, since 6.1); the 7-argument put per PLUGIN-HOST.md (R1's JsonStore) with the event function type of docs.atlassian.com/jira/server/com/atlassian/jira/entity/property/EntityPropertyHelper.html
// and public plugins that call put(user, entityName, id, key, json, (java.util.function.BiFunction) null, false) (jira-api 6.x had a fugue Function2 there)
public interface JsonEntityPropertyManager {

    EntityProperty get(String entityName, Long entityId, String key);

    void put(ApplicationUser user, String entityName, Long entityId, String key, String json,
            BiFunction<ApplicationUser, EntityProperty, ? extends EntityPropertySetEvent> eventFunction, boolean dispatchEvent);
}
