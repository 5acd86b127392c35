package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

// Checked: jira-api's CustomFieldManager.java (List<CustomField> getCustomFieldObjects(): "Returns all custom fields"); no 10.x page found
public interface CustomFieldManager {

    List<CustomField> getCustomFieldObjects();
}
