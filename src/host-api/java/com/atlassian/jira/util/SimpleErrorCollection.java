package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

// Checked: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/SimpleErrorCollection.html
// (jira-api, implements ErrorCollection; addErrorMessage(String), addError(String field, String message)). A working
// stand-in, so tests can fill one as Jira would.
public class SimpleErrorCollection implements ErrorCollection {

    private final Collection<String> messages = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    public void addErrorMessage(String message) {
        messages.add(message);
    }

    public void addError(String field, String message) {
        errors.put(field, message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return messages;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty() || !errors.isEmpty();
    }

    @Override
    public Set<Reason> getReasons() {
        return reasons;
    }
}
