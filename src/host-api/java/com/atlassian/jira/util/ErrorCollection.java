package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

// Unchecked here (page not in the docs search): com.atlassian.jira.util.ErrorCollection, @PublicApi; getErrorMessages(), getErrors() field to message, hasAnyErrors()
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
