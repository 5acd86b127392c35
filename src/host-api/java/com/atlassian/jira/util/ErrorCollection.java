package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

// Checked: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/SimpleErrorCollection.html (implements ErrorCollection: Collection<String> getErrorMessages(), Map<String,String> getErrors(), addError(String, String, ErrorCollection.Reason)) and jira-api's ErrorCollection.java (@PublicApi; boolean hasAnyErrors(), Set<Reason> getReasons(), enum Reason)
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();

    /** Why the service did not act, where it says: what REST turns into the status code. */
    Set<Reason> getReasons();

    // Checked: as above; the constants of jira-api's ErrorCollection.Reason that the plugin reads (the real enum may hold more)
    enum Reason {
        NOT_FOUND, NOT_LOGGED_IN, FORBIDDEN, VALIDATION_FAILED, SERVER_ERROR
    }
}
