package io.chaosday.jira.tracker;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.jiraformat.IdentityProperty;
import io.chaosday.tracker.jiraformat.PropertyValues;
import io.chaosday.tracker.IssueIdentity;
import java.util.Map;
import java.util.Optional;

/**
 * Our issue properties in Jira's own store, the one REST's issue properties read and write, so the
 * command line and the plugin see the same values, written in the shapes both adapters take from {@code jiraformat}.
 */
public final class IssuePropertyStore {

    /** Jira's entity name for issue properties. */
    static final String ISSUE = "IssueProperty";

    private final JsonEntityPropertyManager store;
    private final ObjectMapper json = new ObjectMapper();

    public IssuePropertyStore(JsonEntityPropertyManager store) {
        this.store = store;
    }

    Optional<IssueIdentity> identity(Long issueId) {
        return text(issueId, IssueIdentity.PROPERTY_KEY).flatMap(value -> IdentityProperty.fromJson(json, json.getNodeFactory().textNode(value)));
    }

    Optional<Map<String, String>> get(Long issueId, String key) {
        return text(issueId, key).flatMap(value -> PropertyValues.read(json, json.getNodeFactory().textNode(value)));
    }

    void putIdentity(ApplicationUser user, Long issueId, IssueIdentity identity) {
        write(user, issueId, IssueIdentity.PROPERTY_KEY, IdentityProperty.toJson(json, identity).toString());
    }

    void put(ApplicationUser user, Long issueId, String key, Map<String, String> value) {
        write(user, issueId, key, PropertyValues.toJson(json, value).toString());
    }

    private void write(ApplicationUser user, Long issueId, String key, String value) {
        // No event: the property is ours, and nothing in Jira listens for it.
        store.put(user, ISSUE, issueId, key, value, (who, property) -> null, false);
    }

    private Optional<String> text(Long issueId, String key) {
        EntityProperty property = store.get(ISSUE, issueId, key);
        return Optional.ofNullable(property).map(EntityProperty::getValue);
    }

}
