package com.atlassian.jira.project.template.hook;

import java.util.ArrayList;
import java.util.List;

// Checked by use only (no page for it in the docs search): public project-template plugins for Jira 7 and later build it
// with ValidateResponse.create() and call addErrorMessage(String), the message Jira shows in the Create project dialog
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
