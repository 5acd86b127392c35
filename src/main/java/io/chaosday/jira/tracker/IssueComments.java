package io.chaosday.jira.tracker;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import io.chaosday.tracker.Comment;
import io.chaosday.tracker.TrackerException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An issue's comments as plain text, over Jira's comment manager: read as the user may see them,
 * written in wiki markup with every markup character escaped, a line per line. The manager does
 * not check permissions on writes, so this does, as Jira's own comment service would.
 */
public final class IssueComments {

    private final CommentManager comments;
    private final PermissionManager permissions;
    private final ProjectManager projects;

    public IssueComments(CommentManager comments, PermissionManager permissions, ProjectManager projects) {
        this.comments = comments;
        this.permissions = permissions;
        this.projects = projects;
    }

    List<Comment> all(ApplicationUser user, Issue issue) {
        List<Comment> read = new ArrayList<>();
        for (com.atlassian.jira.issue.comments.Comment c : comments.getCommentsForUser(issue, user)) {
            read.add(comment(c));
        }
        return read;
    }

    Comment add(ApplicationUser user, Issue issue, String text) {
        require(user, issue, ProjectPermissions.ADD_COMMENTS, "Add Comments");
        return comment(comments.create(issue, user, WikiMarkup.lines(text), true));
    }

    /** Deletes one of the user's own comments on the issue; one already gone counts as deleted. */
    void delete(ApplicationUser user, Issue issue, String commentId) {
        long id;
        try {
            id = Long.parseLong(commentId);
        } catch (NumberFormatException e) {
            return; // no comment of Jira's has such an id
        }
        com.atlassian.jira.issue.comments.Comment comment = comments.getCommentById(id);
        if (comment == null) {
            return;
        }
        ApplicationUser author = comment.getAuthorApplicationUser();
        if (author == null || user == null || !author.getKey().equals(user.getKey())) {
            throw new TrackerException(TrackerException.Kind.FORBIDDEN, "comment " + commentId + " on " + issue.getKey()
                    + " was written by someone else and is left alone");
        }
        require(user, issue, ProjectPermissions.DELETE_OWN_COMMENTS, "Delete Own Comments");
        comments.delete(comment);
    }

    private void require(ApplicationUser user, Issue issue, ProjectPermissionKey permission, String name) {
        Project project = projects.getProjectObjByKey(io.chaosday.tracker.Project.keyOfIssue(issue.getKey()));
        if (user == null || project == null || !permissions.hasPermission(permission, project, user)) {
            throw new TrackerException(TrackerException.Kind.FORBIDDEN, "you need the " + name + " permission on " + issue.getKey());
        }
    }

    private static Comment comment(com.atlassian.jira.issue.comments.Comment c) {
        Optional<String> author = Optional.ofNullable(c.getAuthorApplicationUser()).map(ApplicationUser::getDisplayName);
        Instant created = c.getCreated() == null ? Instant.EPOCH : c.getCreated().toInstant();
        return new Comment(String.valueOf(c.getId()), author, created, WikiMarkup.unescape(c.getBody() == null ? "" : c.getBody()));
    }
}
