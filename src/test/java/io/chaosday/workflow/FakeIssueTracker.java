package io.chaosday.workflow;

import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory tracker that can be told to fail part-way through a write, as a network would. */
public final class FakeIssueTracker implements IssueTracker {

    /** An issue as stored, with the labels it was given. */
    public record Stored(TrackedIssue issue, List<String> labels) {
    }

    final Map<String, Project> projects = new LinkedHashMap<>();
    public final Map<String, Stored> issues = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    private int next = 1;
    /** When set, the next createIssues stores this many issues, then fails as if the line dropped. */
    Integer dropConnectionAfter;

    public FakeIssueTracker withProject(String key) {
        projects.put(key, new Project(key, key + " project", URI.create("https://jira.example/projects/" + key)));
        return this;
    }

    @Override
    public Optional<Project> findProject(String key) {
        calls.add("findProject " + key);
        return Optional.ofNullable(projects.get(key));
    }

    @Override
    public Project createProject(NewProject project) {
        calls.add("createProject " + project.key());
        withProject(project.key());
        return projects.get(project.key());
    }

    @Override
    public List<TrackedIssue> findIssues(String projectKey, String label) {
        calls.add("findIssues " + label);
        return issues.values().stream()
                .filter(s -> s.issue().key().startsWith(projectKey + "-") && s.labels().contains(label))
                .map(Stored::issue).toList();
    }

    @Override
    public List<TrackedIssue> createIssues(String projectKey, List<NewIssue> batch, Progress progress) {
        calls.add("createIssues " + batch.size());
        List<TrackedIssue> created = new ArrayList<>();
        for (NewIssue issue : batch) {
            if (dropConnectionAfter != null && created.size() == dropConnectionAfter) {
                dropConnectionAfter = null;
                throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset; the write may have happened");
            }
            String key = projectKey + "-" + next++;
            TrackedIssue tracked = new TrackedIssue(key, Optional.of(issue.identity()), issue.kind(), issue.summary(),
                    issue.due(), false, "To Do", Optional.empty(), issue.epicKey());
            List<String> labels = new ArrayList<>(issue.labels());
            labels.add(issue.identity().chaosDay().label());
            labels.add(issue.identity().label());
            issues.put(key, new Stored(tracked, labels));
            created.add(tracked);
        }
        return created;
    }

    @Override
    public void changeDueDates(List<DueDateChange> changes, Progress progress) {
        calls.add("changeDueDates " + changes.size());
        for (DueDateChange change : changes) {
            update(change.issueKey(), i -> new TrackedIssue(i.key(), i.identity(), i.kind(), i.summary(),
                    Optional.of(change.to()), i.done(), i.status(), i.assignee(), i.epicKey()));
        }
    }

    @Override
    public URI browse(String issueKey) {
        return URI.create("https://jira.example/browse/" + issueKey);
    }

    public TrackedIssue byItem(String item) {
        return issues.values().stream().map(Stored::issue)
                .filter(i -> i.identity().map(IssueIdentity::item).orElse("").equals(item)).findFirst().orElseThrow();
    }

    public void markDone(String item) {
        update(byItem(item).key(), i -> new TrackedIssue(i.key(), i.identity(), i.kind(), i.summary(), i.due(), true,
                "Done", i.assignee(), i.epicKey()));
    }

    void edit(String item, String summary, String assignee, LocalDate due) {
        update(byItem(item).key(), i -> new TrackedIssue(i.key(), i.identity(), i.kind(), summary, Optional.ofNullable(due),
                i.done(), i.status(), Optional.ofNullable(assignee), i.epicKey()));
    }

    private void update(String key, java.util.function.UnaryOperator<TrackedIssue> change) {
        Stored s = issues.get(key);
        issues.put(key, new Stored(change.apply(s.issue()), s.labels()));
    }
}
