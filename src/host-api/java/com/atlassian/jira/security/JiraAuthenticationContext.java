package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

// Checked: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html (@PublicApi; getLoggedInUser returns ApplicationUser)
// Jira 11: unchanged; a jakarta-servlet plugin for Jira 11 calls getLoggedInUser() for an ApplicationUser (alanmosely/basic-jira-development-panels PullRequestNotificationsServlet)
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    // Checked on the same DAC page: Locale getLocale(), "Get the users locale".
    java.util.Locale getLocale();

    // Checked on the same DAC page: void setLoggedInUser(ApplicationUser) and void clearLoggedInUser(): the user is
    // per thread, so work on a thread of the plugin's own sets the requesting user first and clears it after.
    void setLoggedInUser(ApplicationUser user);

    void clearLoggedInUser();
}
