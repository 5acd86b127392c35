package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/Comment.html (@PublicApi interface;
// Long getId(), String getBody(), Date getCreated(), ApplicationUser getAuthorApplicationUser(), the last since 6.0 when
// ApplicationUser replaced User). ASSUMED: the same members in Jira 10.3 and 11.3 (the page seen is the latest).
public interface Comment {

    Long getId();

    String getBody();

    Date getCreated();

    ApplicationUser getAuthorApplicationUser();
}
