package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

// Unchecked here (page not in the docs search): CustomFieldManager.getCustomFieldObjects() returns every custom field, @PublicApi
public interface CustomFieldManager {

    List<CustomField> getCustomFieldObjects();
}
