package com.atlassian.jira.project;

// Unchecked here (page not in the docs search): ProjectManager.getProjectObjByKey(String), null when there is none
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
