package io.chaosday.jira.tracker;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Optional;

/**
 * What Jira Software adds that a Chaos Day needs: the Epic Name and Epic Link fields, found by
 * their custom field type (their ids differ per site, their names per language), and the real
 * Epic issue type, the one the Epic Name field applies to.
 */
public record JiraSoftware(CustomField epicName, CustomField epicLink, IssueType epicType) {

    static final String EPIC_NAME_TYPE = "com.pyxis.greenhopper.jira:gh-epic-label";
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";

    /** Empty when Jira Software is not installed (or its epic fields are gone). */
    public static Optional<JiraSoftware> find(CustomFieldManager fields) {
        CustomField name = null;
        CustomField link = null;
        for (CustomField field : fields.getCustomFieldObjects()) {
            String type = field.getCustomFieldType() == null ? "" : field.getCustomFieldType().getKey();
            if (EPIC_NAME_TYPE.equals(type) && name == null) {
                name = field;
            } else if (EPIC_LINK_TYPE.equals(type) && link == null) {
                link = field;
            }
        }
        if (name == null || link == null) {
            return Optional.empty();
        }
        Optional<IssueType> epic = name.getAssociatedIssueTypes().stream().filter(t -> t != null && !t.isSubTask()).findFirst();
        CustomField epicName = name;
        CustomField epicLink = link;
        return epic.map(type -> new JiraSoftware(epicName, epicLink, type));
    }
}
