package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Checked: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (interface) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/UserUtils.html ("use dependency injection to get hold of a UserManager"); getUserByName(String), past the excerpt seen, as real plugins call it: the ApplicationUser or null
public interface UserManager {

    ApplicationUser getUserByName(String userName);
}
