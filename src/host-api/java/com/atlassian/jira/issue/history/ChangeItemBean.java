package com.atlassian.jira.issue.history;

// Checked: jira-api's CommentManager.java declares ChangeItemBean delete(Comment); ChangeItemBean is a class of this
// package (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/history/ChangeItemBean.html). Declared only so
// that call compiles to Jira's descriptor; the plugin reads nothing of it.
public class ChangeItemBean {
}
