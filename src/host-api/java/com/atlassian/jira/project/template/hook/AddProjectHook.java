package com.atlassian.jira.project.template.hook;

// Checked: docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/web/rapid/project/BasicSoftwareDevelopmentProjectCreateHook.html (implements it in Jira 10) and docs.atlassian.com/jira-software/9.12.10/.../GreenHopperProjectCreateHook.html (both methods)
public interface AddProjectHook {

    ValidateResponse validate(ValidateData validateData);

    ConfigureResponse configure(ConfigureData configureData);
}
