package io.chaosday.jira;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

/** Mocks of the Jira types every plugin test needs the same way. */
public final class JiraMocks {

    public static final String EPIC_NAME = "com.pyxis.greenhopper.jira:gh-epic-label";
    public static final String EPIC_LINK = "com.pyxis.greenhopper.jira:gh-epic-link";

    private JiraMocks() {
    }

    public static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    /** A custom field of the given type key whose contexts cover {@code types}. */
    @SuppressWarnings("unchecked")
    public static CustomField customField(long id, String typeKey, List<IssueType> types) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<Object, Object> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getCustomFieldType()).thenAnswer(call -> type);
        when(field.getAssociatedIssueTypes()).thenReturn(types);
        return field;
    }
}
