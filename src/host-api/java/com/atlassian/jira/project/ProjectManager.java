package com.atlassian.jira.project;

// Checked: jira-core's DefaultProjectManager source (Project getProjectObjByKey(String projectKey), null when there is none)
// and public plugins' ProjectManager stand-ins; no Javadoc page for ProjectManager found in the docs search
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
