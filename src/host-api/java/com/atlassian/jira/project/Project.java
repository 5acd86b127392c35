package com.atlassian.jira.project;

// Checked: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html (@PublicApi interface; Long getId(), String getKey(), String getName()); no 10.x page found
public interface Project {

    Long getId();

    String getKey();

    String getName();
}
