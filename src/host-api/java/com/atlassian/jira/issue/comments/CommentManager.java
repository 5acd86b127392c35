package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

// Checked: jira-api's CommentManager.java as published (Jira 6+, @PublicApi): List<Comment> getCommentsForUser(Issue,
// ApplicationUser) ("the given user has permission to see"), Comment create(Issue, ApplicationUser author, String body,
// boolean dispatchEvent), Comment getCommentById(Long) (null when there is none), ChangeItemBean delete(Comment) (the
// return type is part of the call's descriptor, hence ChangeItemBean here). Javadoc page:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/CommentManager.html.
// ASSUMED: unchanged in 10.3 and 11.3.
public interface CommentManager {

    List<Comment> getCommentsForUser(Issue issue, ApplicationUser user);

    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);

    Comment getCommentById(Long commentId);

    ChangeItemBean delete(Comment comment);
}
