package com.atlassian.jira.project;

// Unchecked here (page not in the docs search): com.atlassian.jira.project.Project, @PublicApi; getId() Long, getKey(), getName()
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
