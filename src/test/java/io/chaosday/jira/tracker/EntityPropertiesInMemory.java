package io.chaosday.jira.tracker;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.entity.EntityPropertySetEvent;
import com.atlassian.jira.user.ApplicationUser;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** Jira's entity property store as a map, by entity name, id and key; counts the writes. */
public final class EntityPropertiesInMemory implements JsonEntityPropertyManager {

    private final Map<String, String> values = new HashMap<>();
    public int writes;

    @Override
    public EntityProperty get(String entityName, Long entityId, String key) {
        String value = values.get(entityName + "/" + entityId + "/" + key);
        return value == null ? null : () -> value;
    }

    @Override
    public void put(ApplicationUser user, String entityName, Long entityId, String key, String json,
            BiFunction<ApplicationUser, EntityProperty, ? extends EntityPropertySetEvent> eventFunction, boolean dispatchEvent) {
        writes++;
        values.put(entityName + "/" + entityId + "/" + key, json);
    }

    /** The project's Chaos Day mark as stored, or null. */
    public String project(Long projectId) {
        return values.get(ProjectMark.PROJECT + "/" + projectId + "/" + ProjectMark.KEY);
    }
}
