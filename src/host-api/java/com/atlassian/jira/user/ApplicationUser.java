package com.atlassian.jira.user;

// Checked: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (same members in the Jira 10 server Javadoc, docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html)
public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getDisplayName();
}
