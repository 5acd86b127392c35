package io.chaosday.tracker;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Chaos Day needs from an issue tracker. Implemented over REST for the command line and
 * over Jira's Java API inside the plugin. Failures are {@link TrackerException}s.
 */
public interface IssueTracker {

    Optional<Project> findProject(String key);

    Project createProject(NewProject project);

    /**
     * Every issue of the project that carries {@code label}, with its identity where it has one,
     * and those of our {@code properties} ({@link IssueProperties}) it carries. Asking for no
     * properties keeps the search to as few requests as the tracker allows.
     */
    List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> properties);

    default List<TrackedIssue> findIssues(String projectKey, String label) {
        return findIssues(projectKey, label, List.of());
    }

    /**
     * As {@link #findIssues(String, String, List)}, and each issue whose item {@code describe}
     * accepts with its description too ({@link TrackedIssue#description()}: an empty body when it
     * has none), in the search's own requests where the tracker can: a use case that reads many
     * tickets' descriptions pays for no read per ticket. The issues' epic keys may be left out
     * (publishing, which reads this way, needs none of them).
     */
    default List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> properties,
            java.util.function.Predicate<Item> describe) {
        return findIssues(projectKey, label, properties).stream()
                .map(issue -> issue.identity().filter(identity -> describe.test(identity.item())).isEmpty() ? issue
                        : issue.withDescription(description(issue.key()).orElse(IssueDescription.NONE)))
                .toList();
    }

    /**
     * The project and its issues that carry {@code label}, as {@link #findProject} and
     * {@link #findIssues} would answer, but read at once where the tracker can: neither read
     * depends on the other, and a run that starts with both waits for one round trip, not two.
     * The issues' epic keys may be left out (creating needs none of them).
     */
    default ProjectIssues findProjectAndIssues(String projectKey, String label, List<WantedProperty> properties) {
        Optional<Project> project = findProject(projectKey);
        return new ProjectIssues(project, project.isEmpty() ? List.of() : findIssues(projectKey, label, properties));
    }

    /**
     * Creates the issues, in as few requests as the tracker allows, and returns them in the same
     * order. Never retried blindly: after a failure the caller looks again with {@link #findIssues}.
     */
    List<TrackedIssue> createIssues(String projectKey, List<NewIssue> issues, Progress progress);

    void changeDueDates(List<DueDateChange> changes, Progress progress);

    /**
     * How many issues of the project carry {@code label}, in one request where the tracker can
     * count without listing: enough to tell whether anyone else wrote since the last look.
     */
    default int countIssues(String projectKey, String label) {
        return findIssues(projectKey, label).size();
    }

    /**
     * Runs calls on this tracker that do not depend on one another, at once where it can (over REST
     * a bounded number in parallel), and returns their results in order; the first failure is thrown.
     */
    default <T> List<T> atOnce(List<java.util.function.Supplier<T>> calls) {
        return calls.stream().map(java.util.function.Supplier::get).toList();
    }

    /** Deletes an issue; one that is already gone counts as deleted. */
    void deleteIssue(String issueKey);

    /** Puts the issue under another epic. */
    void moveToEpic(String issueKey, String epicKey);

    /** Adds and removes labels in one update; labels already in the wanted state are left as they are. */
    void changeLabels(String issueKey, Set<String> add, Set<String> remove);

    /** Links the issue to a page; adding a link with the same global id again updates it. */
    void addRemoteLink(String issueKey, RemoteLink link);

    /**
     * Assigns the issue to the one person {@code user} names exactly: a user name, e-mail address
     * or whole display name (on Cloud an account id, e-mail or whole display name). False when no
     * one, or more than one person, matches exactly, or the person may not be assigned:
     * {@link #candidates} says whom a search found instead.
     */
    boolean assign(String issueKey, String user);

    /**
     * Who the tracker finds when looking {@code user} up, by display name, for a warning when it is
     * no exact match for one person (an account id, e-mail address, user name or whole display
     * name): none, or several people a search for it also matched. Empty when it is an exact match.
     */
    List<String> candidates(String user);

    /**
     * Whether the tracker knows a person by {@code user}, looked up as {@link #assign} looks them
     * up: what a run that changes nothing can say about owners it would fail to assign.
     */
    boolean knowsUser(String user);

    /** Links two issues as related, unless they already are. */
    void relate(String issueKey, String otherKey);

    /**
     * Whether {@link #findIssues} brings the properties asked for in its own requests (Jira Cloud's
     * search, the plugin's in-process reads), rather than one read per issue (Jira Data Center's
     * search, which cannot return properties): a use case that reads many issues' properties keeps
     * them somewhere it reads at once when this is false.
     */
    boolean searchCarriesProperties();

    /** One of our issue properties ({@link IssueProperties}) of one issue; empty when it has none, or is gone. */
    Optional<java.util.Map<String, String>> property(String issueKey, String propertyKey);

    /** Sets one of our issue properties ({@link IssueProperties}) to a flat map. */
    void setProperty(String issueKey, String propertyKey, java.util.Map<String, String> value);

    /** The issue's description in the tracker's own markup; empty when it has none. */
    Optional<IssueDescription> description(String issueKey);

    /** Changes the issue's description, due date or security level, as far as {@code update} says. */
    void updateIssue(String issueKey, IssueUpdate update);

    /** The fields of the issue a person may have edited by hand, as they are now. */
    IssueState state(String issueKey);

    /**
     * The hand-editable fields of several issues, each as {@link #state} reads it, in as few
     * requests as the tracker allows (over REST one search per hundred issues, not one read each).
     * An issue the tracker cannot find (gone, or not yet in a lagging search index) is left out.
     */
    default java.util.Map<String, IssueState> states(java.util.List<String> issueKeys) {
        java.util.Map<String, IssueState> states = new java.util.LinkedHashMap<>();
        for (String key : issueKeys) {
            try {
                states.put(key, state(key));
            } catch (TrackerException e) {
                if (e.kind() != TrackerException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return states;
    }

    /**
     * The description as this tracker stores {@code blocks}: what {@link #description} reads back
     * right after they were written (wiki markup on Data Center, ADF on Cloud).
     */
    IssueDescription descriptionOf(java.util.List<TextBlock> blocks);

    /** The issue types the project offers, sub-tasks included (marked as not standard). */
    List<IssueTypes.Offered> offeredIssueTypes(String projectKey);

    /** The issue security levels the project offers; empty when it has no issue security scheme. */
    List<SecurityLevel> securityLevels(String projectKey);

    /** Where a person opens the issue. */
    URI browse(String issueKey);

    /** Every comment on the issue, oldest first. */
    List<Comment> comments(String issueKey);

    /**
     * Every comment on each of the issues, as {@link #comments(String)} reads them (oldest first), by
     * issue key in the order asked, in as few requests as the tracker allows: over REST one search
     * per hundred issues, not one read each, and a read of its own only for an issue with more
     * comments than a search carries. An issue without comments has an empty list. An issue the
     * tracker cannot find fails the read as {@link #comments(String)} fails for it (NOT_FOUND): the
     * callers ask for issues they have just found, so one gone meanwhile is a change to look at again.
     * Where the tracker's search lags behind its writes (Jira Cloud's is eventually consistent), a
     * comment written seconds before may be missing: a check that must see what was just written
     * reads {@link #comments(String)}.
     */
    default java.util.Map<String, List<Comment>> commentsOf(java.util.Collection<String> issueKeys) {
        List<String> keys = issueKeys.stream().distinct().toList();
        List<List<Comment>> read = atOnce(keys.stream().<java.util.function.Supplier<List<Comment>>>map(key -> () -> comments(key))
                .toList());
        java.util.Map<String, List<Comment>> comments = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            comments.put(keys.get(i), read.get(i));
        }
        return comments;
    }

    /**
     * Adds a comment of plain text: each line shows as a line, and nothing in it is read as markup.
     * Never retried blindly: after an UNAVAILABLE failure the caller reads {@link #comments} to see
     * whether it was added.
     */
    Comment addComment(String issueKey, String text);

    /** Deletes a comment; one that is already gone counts as deleted. */
    void deleteComment(String issueKey, String commentId);
}
