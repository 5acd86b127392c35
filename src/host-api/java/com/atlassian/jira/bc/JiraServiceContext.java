package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// Checked: jira-api's JiraServiceContext, what SearchRequestService takes
// (docs.atlassian.com/jira/4.4.5/com/atlassian/jira/bc/filter/SearchRequestService.html); getLoggedInApplicationUser()
// and getErrorCollection() as Jira 7+ plugins call them.
public interface JiraServiceContext {

    ErrorCollection getErrorCollection();

    ApplicationUser getLoggedInApplicationUser();
}
