package io.chaosday.jira.link;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/** Shows the link to the Confluence settings to Jira administrators only: the same check the page itself makes. */
public final class JiraAdministrator implements Condition {

    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;

    public JiraAdministrator(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return is(authentication, globalPermissions);
    }

    static boolean is(JiraAuthenticationContext authentication, GlobalPermissionManager globalPermissions) {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }
}
