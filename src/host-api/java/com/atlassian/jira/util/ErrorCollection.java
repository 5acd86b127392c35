package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Unchecked here: no page for com.atlassian.jira.util.ErrorCollection in the docs search; the REST twin https://docs.atlassian.com/jira/server/com/atlassian/jira/rest/api/util/ErrorCollection.html has the same three: Collection<String> getErrorMessages(), Map<String,String> getErrors(), boolean hasAnyErrors()
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
