package com.atlassian.jira.project.template.hook;

import java.util.ArrayList;
import java.util.List;

// Unchecked here (page not in the docs search): docs.atlassian.com/jira/7.0.8/com/atlassian/jira/project/template/hook/ValidateResponse.html, create() and addErrorMessage(String) per PLUGIN-HOST.md
public class ValidateResponse {

    private final List<String> errorMessages = new ArrayList<>();

    public static ValidateResponse create() {
        return new ValidateResponse();
    }

    public ValidateResponse addErrorMessage(String errorMessage) {
        errorMessages.add(errorMessage);
        return this;
    }

    // Not called by the plugin: lets tests read what the hook said.
    public List<String> getErrorMessages() {
        return List.copyOf(errorMessages);
    }
}
