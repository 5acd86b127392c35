package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;

// Checked: jira-api's JiraServiceContextImpl(ApplicationUser), a context with an empty error collection, as Atlassian's
// importers plugin makes one for SearchRequestService.createFilter. Only the shape is declared here.
public class JiraServiceContextImpl implements JiraServiceContext {

    private final ApplicationUser user;
    private final ErrorCollection errors = new SimpleErrorCollection();

    public JiraServiceContextImpl(ApplicationUser user) {
        this.user = user;
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errors;
    }

    @Override
    public ApplicationUser getLoggedInApplicationUser() {
        return user;
    }
}
