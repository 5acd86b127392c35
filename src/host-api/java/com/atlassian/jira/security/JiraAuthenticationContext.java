package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

// Checked: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html (@PublicApi; getLoggedInUser returns ApplicationUser)
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    // Unchecked here (not in the docs search): getLocale(), the logged-in user's locale or Jira's default.
    java.util.Locale getLocale();
}
