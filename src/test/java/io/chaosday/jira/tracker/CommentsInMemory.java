package io.chaosday.jira.tracker;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/** Jira's comment manager as far as the plugin uses it: comments kept in memory per issue, in the order they were made. */
final class CommentsInMemory implements CommentManager {

    private record Stored(Long issueId, Comment comment, String body) {
    }

    private final List<Stored> stored = new ArrayList<>();
    private long next = 10000;

    /** The bodies as Jira stores them (wiki markup), oldest first. */
    List<String> bodies() {
        return stored.stream().map(Stored::body).toList();
    }

    int size() {
        return stored.size();
    }

    @Override
    public List<Comment> getCommentsForUser(Issue issue, ApplicationUser user) {
        return stored.stream().filter(s -> Objects.equals(s.issueId(), issue.getId())).map(Stored::comment).toList();
    }

    @Override
    public Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent) {
        long id = next++;
        Date created = new Date(1_800_000_000_000L + id);
        Comment comment = new Comment() {
            public Long getId() {
                return id;
            }

            public String getBody() {
                return body;
            }

            public Date getCreated() {
                return created;
            }

            public ApplicationUser getAuthorApplicationUser() {
                return author;
            }
        };
        stored.add(new Stored(issue.getId(), comment, body));
        return comment;
    }

    @Override
    public Comment getCommentById(Long commentId) {
        return stored.stream().map(Stored::comment).filter(c -> c.getId().equals(commentId)).findFirst().orElse(null);
    }

    @Override
    public ChangeItemBean delete(Comment comment) {
        stored.removeIf(s -> s.comment() == comment);
        return new ChangeItemBean();
    }
}
