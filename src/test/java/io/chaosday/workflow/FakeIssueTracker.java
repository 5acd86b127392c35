package io.chaosday.workflow;

import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IdentityReader;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTypes;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import io.chaosday.tracker.TrackerException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** An in-memory tracker that can be told to fail part-way through a write, as a network would. */
public final class FakeIssueTracker implements IssueTracker {

    final Map<String, Project> projects = new LinkedHashMap<>();
    public final Map<String, TrackedIssue> issues = new LinkedHashMap<>();
    public final Map<String, String> descriptions = new HashMap<>();
    public final Map<String, Map<String, RemoteLink>> remoteLinks = new HashMap<>();
    public final Set<String> relations = new HashSet<>();
    public final List<String> calls = new ArrayList<>();
    private int next = 1;
    /** When set, the next createIssues stores this many issues, then fails as if the line dropped. */
    public Integer dropConnectionAfter;
    /** When set, the next createIssues stores every issue, then fails as if its answer was lost. */
    public boolean loseNextCreateAnswer;

    /** As Jira Data Center: a search that cannot carry properties, so the engine keeps experiment cards where one read finds them. */
    public boolean searchWithoutProperties;

    public FakeIssueTracker withProject(String key) {
        projects.put(key, new Project(key, key + " project", browse(key)));
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
    public List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> wanted) {
        calls.add("findIssues " + label);
        return issues.values().stream()
                .filter(i -> i.key().startsWith(projectKey + "-") && i.labels().contains(label))
                .map(i -> withOnly(i, wanted)).toList();
    }

    /**
     * Like a real tracker, a search returns only the properties it was asked for (and the identity),
     * and, like Data Center, only from the issues they were asked of; the identity read as every
     * tracker reads it: the stored one stands for the property.
     */
    private static TrackedIssue withOnly(TrackedIssue i, List<WantedProperty> wanted) {
        Map<String, Map<String, String>> kept = new HashMap<>(i.properties());
        Optional<IssueIdentity> identity = IdentityReader.read(i.identity(), i.labels());
        kept.keySet().removeIf(k -> !k.equals(IssueIdentity.PROPERTY_KEY) && wanted.stream()
                .noneMatch(w -> w.key().equals(k) && identity.map(id -> w.carriedBy().test(id.item())).orElse(false)));
        return new TrackedIssue(i.key(), IdentityReader.read(i.identity(), i.labels()), i.kind(), i.summary(), i.due(), i.done(), i.status(), i.assignee(),
                i.epicKey(), i.labels(), kept, i.description());
    }

    /** Each project's issue types: an Epic ("1") and a Task ("2") unless a test says otherwise. */
    public final Map<String, List<IssueTypes.Offered>> issueTypes = new HashMap<>();
    /** The issue type id each issue was created as. */
    public final Map<String, String> typeOf = new HashMap<>();

    @Override
    public List<IssueTypes.Offered> offeredIssueTypes(String projectKey) {
        calls.add("offeredIssueTypes " + projectKey);
        if (!projects.containsKey(projectKey)) {
            throw TrackerException.noProject(projectKey);
        }
        return issueTypes.getOrDefault(projectKey, List.of(new IssueTypes.Offered("1", "Epic", true, true),
                new IssueTypes.Offered("2", "Task", false, true)));
    }

    @Override
    public List<TrackedIssue> createIssues(String projectKey, List<NewIssue> batch, Progress progress) {
        calls.add("createIssues " + batch.size());
        if (!projects.containsKey(projectKey)) {
            throw TrackerException.noProject(projectKey);
        }
        List<TrackedIssue> created = new ArrayList<>();
        for (NewIssue issue : batch) {
            if (dropConnectionAfter != null && created.size() == dropConnectionAfter) {
                dropConnectionAfter = null;
                throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset; the write may have happened");
            }
            String key = projectKey + "-" + next++;
            // A project without an Experiment issue type, as the local Jira stub and the template's projects are.
            Set<String> labels = new HashSet<>(new IssueTypes("1", "2", Optional.empty()).labels(issue));
            Map<String, Map<String, String>> properties = new HashMap<>(issue.properties());
            properties.put(IssueIdentity.PROPERTY_KEY, Map.of("chaosDay", issue.identity().chaosDay().value(), "item", issue.identity().item().key()));
            properties.keySet().retainAll(IssueProperties.ALL);
            // The kind, as a tracker reads it back: from the type the issue was made as.
            IssueKind kind = issue.typeId().map(t -> t.equals("1") ? IssueKind.EPIC : IssueKind.TASK).orElse(issue.kind());
            // Assigned at create only to a person the fake knows exactly; anyone else leaves it unassigned.
            Optional<String> assignee = issue.assignee().filter(users::contains);
            TrackedIssue tracked = new TrackedIssue(key, Optional.of(issue.identity()), kind, issue.summary(),
                    issue.due(), false, "To Do", assignee, issue.epicKey(), labels, properties, Optional.empty());
            issues.put(key, tracked);
            descriptions.put(key, wiki(issue.description()));
            issue.securityLevelId().ifPresent(id -> securityLevelOf.put(key, id));
            typeOf.put(key, new IssueTypes("1", "2", Optional.empty()).idFor(issue));
            created.add(tracked);
        }
        if (loseNextCreateAnswer) {
            loseNextCreateAnswer = false;
            throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset; the write may have happened");
        }
        return created;
    }

    private static String wiki(List<TextBlock> blocks) {
        return blocks.stream().map(b -> {
            if (b instanceof TextBlock.Heading h) {
                return "h2. " + h.text();
            }
            if (b instanceof TextBlock.Paragraph p) {
                return p.text();
            }
            if (b instanceof TextBlock.Verbatim v) {
                return v.part().body();
            }
            List<String> items = b instanceof TextBlock.Bullets l ? l.items() : ((TextBlock.Checklist) b).items();
            return items.stream().map(i -> "* " + i).collect(Collectors.joining("\n"));
        }).collect(Collectors.joining("\n\n"));
    }

    @Override
    public void changeDueDates(List<DueDateChange> changes, Progress progress) {
        calls.add("changeDueDates " + changes.size());
        for (DueDateChange change : changes) {
            update(change.issueKey(), i -> copy(i, i.summary(), Optional.of(change.to()), i.done(), i.assignee(), i.labels()));
        }
    }

    @Override
    public void deleteIssue(String issueKey) {
        calls.add("deleteIssue " + issueKey);
        issues.remove(issueKey);
    }

    @Override
    public void moveToEpic(String issueKey, String epicKey) {
        calls.add("moveToEpic " + issueKey + " " + epicKey);
        TrackedIssue i = issues.get(issueKey);
        issues.put(issueKey, new TrackedIssue(i.key(), i.identity(), i.kind(), i.summary(), i.due(), i.done(), i.status(),
                i.assignee(), Optional.of(epicKey), i.labels(), i.properties(), i.description()));
    }

    @Override
    public void changeLabels(String issueKey, Set<String> add, Set<String> remove) {
        calls.add("changeLabels " + issueKey);
        Set<String> labels = new HashSet<>(issues.get(issueKey).labels());
        labels.removeAll(remove);
        labels.addAll(add);
        update(issueKey, i -> copy(i, i.summary(), i.due(), i.done(), i.assignee(), labels));
    }

    @Override
    public void addRemoteLink(String issueKey, RemoteLink link) {
        calls.add("addRemoteLink " + issueKey);
        remoteLinks.computeIfAbsent(issueKey, k -> new LinkedHashMap<>()).put(link.globalId(), link);
    }

    /** People the fake knows; assigning to anyone else fails as a real tracker's would. */
    public final Set<String> users = new HashSet<>(Set.of("Alice", "Bob", "Carol"));

    @Override
    public boolean knowsUser(String user) {
        calls.add("knowsUser " + user);
        return users.contains(user);
    }

    @Override
    public List<String> candidates(String user) {
        return users.contains(user) ? List.of()
                : users.stream().filter(u -> u.toLowerCase(java.util.Locale.ROOT).startsWith(user.toLowerCase(java.util.Locale.ROOT)))
                .sorted().toList();
    }

    @Override
    public IssueDescription descriptionOf(List<TextBlock> blocks) {
        return new IssueDescription(SourceMarkup.WIKI, wiki(blocks));
    }

    @Override
    public Map<String, io.chaosday.tracker.IssueState> states(List<String> issueKeys) {
        calls.add("states " + issueKeys.size());
        Map<String, io.chaosday.tracker.IssueState> states = new LinkedHashMap<>();
        issueKeys.stream().filter(issues::containsKey).forEach(key -> states.put(key, read(key)));
        return states;
    }

    @Override
    public boolean assign(String issueKey, String user) {
        calls.add("assign " + issueKey + " " + user);
        if (!users.contains(user)) {
            return false;
        }
        update(issueKey, i -> copy(i, i.summary(), i.due(), i.done(), Optional.of(user), i.labels()));
        return true;
    }

    @Override
    public void relate(String issueKey, String otherKey) {
        calls.add("relate " + issueKey + " " + otherKey);
        if (!relations.contains(otherKey + "~" + issueKey)) {
            relations.add(issueKey + "~" + otherKey);
        }
    }

    @Override
    public boolean searchCarriesProperties() {
        return !searchWithoutProperties;
    }

    @Override
    public Optional<Map<String, String>> property(String issueKey, String propertyKey) {
        calls.add("property " + issueKey + " " + propertyKey);
        return Optional.ofNullable(issues.get(issueKey)).flatMap(i -> i.property(propertyKey));
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        calls.add("setProperty " + issueKey + " " + propertyKey);
        TrackedIssue i = issues.get(issueKey);
        Map<String, Map<String, String>> properties = new HashMap<>(i.properties());
        properties.put(propertyKey, value);
        issues.put(issueKey, new TrackedIssue(i.key(), i.identity(), i.kind(), i.summary(), i.due(), i.done(), i.status(),
                i.assignee(), i.epicKey(), i.labels(), properties, i.description()));
    }

    @Override
    public Optional<IssueDescription> description(String issueKey) {
        return Optional.ofNullable(descriptions.get(issueKey)).map(d -> new IssueDescription(SourceMarkup.WIKI, d));
    }

    @Override
    public URI browse(String issueKey) {
        return URI.create("https://jira.example/browse/" + issueKey);
    }

    public TrackedIssue byItem(String item) {
        return issues.values().stream()
                .filter(i -> i.identity().map(identity -> identity.item().key()).orElse("").equals(item)).findFirst().orElseThrow();
    }

    /** The page the item's ticket was published to, as publishing keeps it: the item's ticket must exist. */
    public String publishedPage(String item) {
        return publishedPageIfAny(item).orElseThrow(() -> new AssertionError(item + " has no page"));
    }

    /** The page the item's ticket was published to, when publishing keeps one. */
    public Optional<String> publishedPageIfAny(String item) {
        TrackedIssue ticket = byItem(item);
        io.chaosday.tracker.ChaosDayId id = ticket.identity().orElseThrow().chaosDay();
        return PublishedPages.of(ChaosDayIssues.of(id, List.copyOf(issues.values()))).pageId(ticket.identity().orElseThrow().item());
    }

    /** Keeps the issue's labels but drops its identity property, as an issue imported from a CSV file is. */
    public void removeIdentityProperty(String issueKey) {
        TrackedIssue i = issues.get(issueKey);
        Map<String, Map<String, String>> properties = new HashMap<>(i.properties());
        properties.remove(IssueIdentity.PROPERTY_KEY);
        issues.put(issueKey, new TrackedIssue(i.key(), Optional.empty(), i.kind(), i.summary(), i.due(), i.done(), i.status(),
                i.assignee(), i.epicKey(), i.labels(), properties, i.description()));
    }

    public void markDone(String item) {
        update(byItem(item).key(), i -> copy(i, i.summary(), i.due(), true, i.assignee(), i.labels()));
    }

    public void edit(String item, String summary, String assignee, LocalDate due) {
        update(byItem(item).key(), i -> copy(i, summary, Optional.ofNullable(due), i.done(), Optional.ofNullable(assignee), i.labels()));
    }

    private static TrackedIssue copy(TrackedIssue i, String summary, Optional<LocalDate> due, boolean done,
            Optional<String> assignee, Set<String> labels) {
        return new TrackedIssue(i.key(), i.identity(), i.kind(), summary, due, done, done ? "Done" : i.status(), assignee,
                i.epicKey(), labels, i.properties(), i.description());
    }

    private void update(String key, UnaryOperator<TrackedIssue> change) {
        issues.put(key, change.apply(issues.get(key)));
    }

    /** Issue security levels per project, by id; a project without any has no scheme. */
    public final Map<String, List<io.chaosday.tracker.SecurityLevel>> securityLevels = new HashMap<>();
    public final Map<String, String> securityLevelOf = new HashMap<>();

    @Override
    public void updateIssue(String issueKey, io.chaosday.tracker.IssueUpdate change) {
        calls.add("updateIssue " + issueKey);
        change.description().ifPresent(blocks -> descriptions.put(issueKey, wiki(blocks)));
        change.due().ifPresent(due -> update(issueKey, i -> copy(i, i.summary(), Optional.of(due), i.done(), i.assignee(), i.labels())));
        change.securityLevelId().ifPresent(id -> securityLevelOf.put(issueKey, id));
    }

    @Override
    public io.chaosday.tracker.IssueState state(String issueKey) {
        if (!issues.containsKey(issueKey)) {
            throw new TrackerException(TrackerException.Kind.NOT_FOUND, "Jira has no issue " + issueKey);
        }
        calls.add("state " + issueKey);
        return read(issueKey);
    }

    /** The fake's people are known by one name, shown and assigned alike. */
    private io.chaosday.tracker.IssueState read(String issueKey) {
        TrackedIssue i = issues.get(issueKey);
        return new io.chaosday.tracker.IssueState(description(issueKey), i.assignee(), i.due(),
                Optional.ofNullable(securityLevelOf.get(issueKey)), i.assignee());
    }

    @Override
    public List<io.chaosday.tracker.SecurityLevel> securityLevels(String projectKey) {
        calls.add("securityLevels " + projectKey);
        return securityLevels.getOrDefault(projectKey, List.of());
    }

    /** A person edits a ticket's description in Jira. */
    public void editDescription(String issueKey, String text) {
        descriptions.put(issueKey, text);
    }

    /** Comments per issue, oldest first; written and read under one lock, as several Agents write at once. */
    public final Map<String, List<io.chaosday.tracker.Comment>> comments = new HashMap<>();
    /** Who the tracker says writes the next comments. */
    public volatile String commenter = "Alice";
    /** When the tracker says the next comments were written. */
    public volatile java.time.Instant now = java.time.Instant.parse("2027-03-10T08:00:00Z");
    /** When set, the next this-many comments are stored and their answer lost, as a dropped connection would. */
    public final java.util.concurrent.atomic.AtomicInteger loseCommentAnswers = new java.util.concurrent.atomic.AtomicInteger();
    private int nextComment = 10000;

    @Override
    public synchronized List<io.chaosday.tracker.Comment> comments(String issueKey) {
        calls.add("comments " + issueKey);
        if (!issues.containsKey(issueKey)) {
            throw new TrackerException(TrackerException.Kind.NOT_FOUND, "no issue " + issueKey);
        }
        return List.copyOf(comments.getOrDefault(issueKey, List.of()));
    }

    /** Runs as a comment is about to be written, outside the tracker's lock: where a test holds one writer back for another. */
    public volatile Runnable beforeComment = () -> { };

    @Override
    public io.chaosday.tracker.Comment addComment(String issueKey, String text) {
        beforeComment.run();
        return storeComment(issueKey, text);
    }

    private synchronized io.chaosday.tracker.Comment storeComment(String issueKey, String text) {
        calls.add("addComment " + issueKey);
        if (!issues.containsKey(issueKey)) {
            throw new TrackerException(TrackerException.Kind.NOT_FOUND, "no issue " + issueKey);
        }
        io.chaosday.tracker.Comment comment = new io.chaosday.tracker.Comment(Integer.toString(nextComment++),
                Optional.of(commenter), now, text);
        comments.computeIfAbsent(issueKey, k -> new ArrayList<>()).add(comment);
        if (loseCommentAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new TrackerException(TrackerException.Kind.UNAVAILABLE, "connection reset; the write may have happened");
        }
        return comment;
    }

    @Override
    public synchronized void deleteComment(String issueKey, String commentId) {
        calls.add("deleteComment " + issueKey + " " + commentId);
        comments.getOrDefault(issueKey, new ArrayList<>()).removeIf(c -> c.id().equals(commentId));
    }
}
