package io.chaosday.rest;

import io.chaosday.http.BoundedParallel;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.tracker.IssueTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.chaosday.link.Urls;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.ProjectIssues;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.WantedProperty;
import io.chaosday.tracker.TrackerException;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The issue tracker over Jira's REST API: Data Center 10.x (v2) and Cloud (v3).
 *
 * <p>Creating is never repeated blindly. Bulk creates that fail part-way still finish every batch
 * and then throw a REJECTED {@link TrackerException} naming what Jira refused and what it created;
 * a create whose answer was lost throws UNAVAILABLE. Either way every issue we created carries its
 * identity, so running again finds those and creates only the rest.
 */
public final class JiraRestTracker implements IssueTracker {

    private static final Urls.Path FIELDS = Urls.path("rest", "api", "2", "field");

    private final RestClient client;
    private final JiraApi site;
    private final BoundedParallel parallel;
    private final JiraFailures failures;
    private final JiraProjects projects;
    private final IssueEdits edits;
    private final IssueFieldEdits fieldEdits;
    private final IssueComments comments;
    private final Map<String, IssueTypes> issueTypes = new ConcurrentHashMap<>();
    /** Projects as last read, so creating issues right after finding the project asks Jira once. */
    private final Map<String, JsonNode> projectsRead = new ConcurrentHashMap<>();
    /** Null until asked; then what /rest/api/2/field said (empty without Jira Software). */
    private volatile Optional<EpicFields> epicFields;
    /** False while the site's kind is taken from the credentials and no failure has made us ask it. */
    private volatile boolean kindConfirmed;

    public JiraRestTracker(RestClient client, JiraApi site, BoundedParallel parallel) {
        this(client, site, parallel, true);
    }

    private JiraRestTracker(RestClient client, JiraApi site, BoundedParallel parallel, boolean kindConfirmed) {
        this.kindConfirmed = kindConfirmed;
        this.client = client;
        this.site = site;
        this.parallel = parallel;
        this.failures = new JiraFailures(client.credentials());
        this.projects = new JiraProjects(client, site);
        this.edits = new IssueEdits(client, site);
        this.fieldEdits = new IssueFieldEdits(client, site);
        this.comments = new IssueComments(client, site);
    }

    /**
     * Talks to the site in its own API version: known from a personal access token without a
     * request ({@link JiraApi#fromCredentials}), else asked of the site first.
     */
    public static JiraRestTracker connect(RestClient client) {
        return JiraApi.fromCredentials(client.base(), client.credentials())
                // a Cloud address is certain; a Data Center guess from the token is checked on the first 401 or 404
                .map(site -> new JiraRestTracker(client, site, new BoundedParallel(), site.isCloud()))
                .orElseGet(() -> new JiraRestTracker(client, JiraApi.detect(client), new BoundedParallel()));
    }

    public JiraApi api() {
        return site;
    }

    @Override
    public Optional<Project> findProject(String key) {
        try {
            Optional<JsonNode> project;
            if (site.isCloud() || epicFields != null) {
                project = projects.find(key);
            } else {
                // Every use case starts here and needs the epic fields next: ask for both at once.
                List<Object> answers = parallel.all(List.<Callable<Object>>of(
                        () -> projects.find(key).<Object>map(p -> p).orElse(MissingNode.getInstance()), this::fieldsOrFailure));
                project = Optional.of((JsonNode) answers.get(0)).filter(p -> !p.isMissingNode());
                if (answers.get(1) instanceof RestException e) {
                    throw e;
                }
                epicFields = EpicFields.of((JsonNode) answers.get(1));
            }
            project.ifPresent(p -> projectsRead.put(key, p));
            return project.map(projects::project);
        } catch (RestException e) {
            throw fail(e, "reading project " + key, "Browse Projects in project " + key);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public ProjectIssues findProjectAndIssues(String projectKey, String label, List<WantedProperty> properties) {
        boolean askFields = !site.isCloud() && epicFields == null;
        // The epic link is only asked for when its field is known already: the search does not wait for the field list.
        Optional<String> epicLink = site.isCloud() || epicFields == null ? Optional.empty() : epicFields.map(EpicFields::epicLink);
        List<Callable<Object>> reads = new ArrayList<>();
        reads.add(() -> projects.find(projectKey).<Object>map(p -> p).orElse(MissingNode.getInstance()));
        reads.add(() -> {
            try {
                return new IssueSearch(client, site, parallel).find(projectKey, label, epicLink, properties);
            } catch (RestException e) {
                return e; // a project that does not exist cannot be searched; the project's answer says which
            }
        });
        if (askFields) {
            reads.add(this::fieldsOrFailure);
        }
        try {
            List<Object> answers = parallel.all(reads);
            JsonNode project = (JsonNode) answers.get(0);
            if (project.isMissingNode()) {
                if (askFields && answers.get(2) instanceof RestException e) {
                    // Every Jira answers the field list: without it, the address may not be Jira at all.
                    wrongGuess(e).ifPresent(wrong -> {
                        throw wrong;
                    });
                }
                return new ProjectIssues(Optional.empty(), List.of());
            }
            if (askFields) {
                if (answers.get(2) instanceof RestException e) {
                    throw e;
                }
                epicFields = EpicFields.of((JsonNode) answers.get(2));
            }
            projectsRead.put(projectKey, project);
            if (answers.get(1) instanceof RestException e) {
                throw fail(e, "searching project " + projectKey, "Browse Projects in project " + projectKey);
            }
            @SuppressWarnings("unchecked")
            List<TrackedIssue> issues = (List<TrackedIssue>) answers.get(1);
            return new ProjectIssues(Optional.of(projects.project(project)), issues);
        } catch (RestException e) {
            throw fail(e, "reading project " + projectKey, "Browse Projects in project " + projectKey);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /**
     * The field list, or why it could not be read: read beside the project, its failure must not
     * hide the project's own answer (a 401 or a missing project says more), whichever comes first.
     */
    private Object fieldsOrFailure() {
        try {
            return client.get(FIELDS);
        } catch (RestException e) {
            return e;
        }
    }

    @Override
    public Project createProject(NewProject project) {
        try {
            return projects.create(project);
        } catch (RestException e) {
            throw fail(e, "creating project " + project.key(), "Administer Jira to create projects");
        }
    }

    @Override
    public List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> properties) {
        try {
            Optional<String> epicLink = site.isCloud() ? Optional.empty() : epicFields().map(EpicFields::epicLink);
            return new IssueSearch(client, site, parallel).find(projectKey, label, epicLink, properties);
        } catch (RestException e) {
            throw fail(e, "searching project " + projectKey, "Browse Projects in project " + projectKey);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> properties,
            java.util.function.Predicate<io.chaosday.tracker.Item> describe) {
        try {
            // Epic links only when their field is known already: reading the field list for them would cost a request.
            Optional<String> epicLink = site.isCloud() || epicFields == null ? Optional.empty() : epicFields.map(EpicFields::epicLink);
            return new IssueSearch(client, site, parallel).find(projectKey, label, epicLink, properties, Optional.of(describe));
        } catch (RestException e) {
            throw fail(e, "searching project " + projectKey, "Browse Projects in project " + projectKey);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public List<TrackedIssue> createIssues(String projectKey, List<NewIssue> issues, Progress progress) {
        if (issues.isEmpty()) {
            return List.of();
        }
        String permission = "Create Issues in project " + projectKey;
        try {
            IssueTypes types = issueTypes(projectKey);
            Optional<EpicFields> epic = site.isCloud() ? Optional.empty() : Optional.of(requireEpicFields(projectKey));
            IssueFields fields = new IssueFields(client.json(), site, epic);
            BulkCreate bulk = new BulkCreate(client, site, parallel);
            List<BulkCreate.Outcome> outcomes = new ArrayList<>(bulk.create(site.isCloud() ? byAccountId(issues) : issues,
                    issue -> fields.issueUpdate(projectKey, types, issue), progress,
                    e -> fail(e, "creating issues in " + projectKey, permission)));
            // An assignee Jira will not take (no such user, or not assignable) makes it refuse the element; those are
            // made again without one, in one more bulk request, and are left for the caller to assign or report.
            List<Integer> refusedAssignee = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).key().isEmpty() && outcomes.get(i).issue().assignee().isPresent()) {
                    refusedAssignee.add(i);
                }
            }
            if (!refusedAssignee.isEmpty()) {
                List<BulkCreate.Outcome> again = bulk.create(refusedAssignee.stream()
                                .map(i -> outcomes.get(i).issue().assignedTo(Optional.empty())).toList(),
                        issue -> fields.issueUpdate(projectKey, types, issue), Progress.SILENT,
                        e -> fail(e, "creating issues in " + projectKey, permission));
                for (int n = 0; n < refusedAssignee.size(); n++) {
                    outcomes.set(refusedAssignee.get(n), again.get(n));
                }
            }
            return CreatedIssues.orRefusals(projectKey, types, outcomes);
        } catch (RestException e) {
            throw fail(e, "reading project " + projectKey, "Browse Projects in project " + projectKey);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /**
     * Cloud's create takes an assignee by account id only: each owner is looked up (once per run)
     * and sent only on an exact match; any other is created unassigned, for the caller to report.
     */
    private List<NewIssue> byAccountId(List<NewIssue> issues) {
        return issues.stream().map(issue -> issue.assignee().isEmpty() ? issue
                : issue.assignedTo(edits.accountIdOf(issue.assignee().get()))).toList();
    }

    @Override
    public int countIssues(String projectKey, String label) {
        if (site.isCloud()) {
            return findIssues(projectKey, label, List.of()).size(); // Cloud's search/jql returns no total
        }
        try {
            return new IssueSearch(client, site, parallel).count(projectKey, label);
        } catch (RestException e) {
            throw fail(e, "searching project " + projectKey, "Browse Projects in project " + projectKey);
        }
    }

    @Override
    public <T> List<T> atOnce(List<java.util.function.Supplier<T>> calls) {
        try {
            return parallel.all(calls.stream().<Callable<T>>map(call -> call::get).toList());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public void deleteIssue(String issueKey) {
        try {
            client.delete(site.api("issue").segment(issueKey));
        } catch (RestException e) {
            if (e.reason() == RestException.Reason.STATUS && e.status() == 404) {
                return; // gone already: a retried delete whose first answer was lost
            }
            throw fail(e, "deleting " + issueKey, "Delete Issues on " + issueKey);
        }
    }

    @Override
    public void moveToEpic(String issueKey, String epicKey) {
        var body = client.json().createObjectNode();
        var fields = body.putObject("fields");
        if (site.isCloud()) {
            fields.putObject("parent").put("key", epicKey);
        } else {
            fields.put(requireEpicFields(Project.keyOfIssue(issueKey)).epicLink(), epicKey);
        }
        edit(() -> client.put(site.api("issue").segment(issueKey), body), "moving " + issueKey + " under epic " + epicKey,
                "Edit Issues on " + issueKey);
    }

    @Override
    public void changeDueDates(List<DueDateChange> changes, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        List<Callable<Void>> calls = new ArrayList<>();
        for (DueDateChange change : changes) {
            calls.add(() -> {
                changeDueDate(change);
                progress.update("Moving due dates", done.incrementAndGet(), changes.size());
                return null;
            });
        }
        try {
            parallel.all(calls);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private void changeDueDate(DueDateChange change) {
        var body = client.json().createObjectNode();
        body.putObject("fields").put("duedate", change.to().format(DateTimeFormatter.ISO_LOCAL_DATE));
        try {
            // PUT sets the same value however often it arrives, so RestClient may safely repeat it.
            client.put(site.api("issue").segment(change.issueKey()), body);
        } catch (RestException e) {
            throw fail(e, "changing the due date of " + change.issueKey(),
                    "Edit Issues and Schedule Issues on " + change.issueKey());
        }
    }

    @Override
    public List<IssueTypes.Offered> offeredIssueTypes(String projectKey) {
        try {
            JsonNode project = Optional.ofNullable(projectsRead.get(projectKey)).or(() -> projects.find(projectKey))
                    .orElseThrow(() -> TrackerException.noProject(projectKey));
            return ProjectIssueTypes.offered(client, site, projectKey, project);
        } catch (RestException e) {
            throw fail(e, "reading project " + projectKey, "Browse Projects in project " + projectKey);
        }
    }

    @Override
    public URI browse(String issueKey) {
        return site.browse(issueKey);
    }

    private IssueTypes issueTypes(String projectKey) {
        IssueTypes known = issueTypes.get(projectKey);
        if (known != null) {
            return known;
        }
        JsonNode project = Optional.ofNullable(projectsRead.get(projectKey)).or(() -> projects.find(projectKey))
                .orElseThrow(() -> TrackerException.noProject(projectKey));
        IssueTypes types = IssueTypes.choose(projectKey, ProjectIssueTypes.offered(client, site, projectKey, project));
        issueTypes.put(projectKey, types);
        return types;
    }

    private EpicFields requireEpicFields(String projectKey) {
        return epicFields().orElseThrow(() -> IssueTypes.noEpics(projectKey));
    }

    /** Data Center's Epic Name and Epic Link field ids, asked once. */
    private Optional<EpicFields> epicFields() {
        Optional<EpicFields> known = epicFields;
        if (known == null) {
            known = EpicFields.of(client.get(FIELDS));
            epicFields = known;
        }
        return known;
    }

    @Override
    public void changeLabels(String issueKey, Set<String> add, Set<String> remove) {
        edit(() -> edits.changeLabels(issueKey, add, remove), "changing the labels of " + issueKey, "Edit Issues on " + issueKey);
    }

    @Override
    public void addRemoteLink(String issueKey, RemoteLink link) {
        edit(() -> edits.addRemoteLink(issueKey, link), "linking " + issueKey + " to " + link.url(), "Link Issues on " + issueKey);
    }

    @Override
    public boolean knowsUser(String user) {
        try {
            return edits.knowsUser(user);
        } catch (RestException e) {
            throw fail(e, "looking up user " + user, "Browse Users");
        }
    }

    @Override
    public boolean assign(String issueKey, String user) {
        try {
            return edits.assign(issueKey, user);
        } catch (RestException e) {
            throw fail(e, "assigning " + issueKey + " to " + user, "Assign Issues on " + issueKey);
        }
    }

    @Override
    public void updateIssue(String issueKey, IssueUpdate update) {
        edit(() -> fieldEdits.update(issueKey, update), "updating " + issueKey, "Edit Issues on " + issueKey);
    }

    @Override
    public IssueState state(String issueKey) {
        try {
            return fieldEdits.state(issueKey);
        } catch (RestException e) {
            throw fail(e, "reading " + issueKey, "Browse Projects for " + issueKey);
        }
    }

    @Override
    public Map<String, IssueState> states(List<String> issueKeys) {
        if (issueKeys.isEmpty()) {
            return Map.of();
        }
        try {
            return fieldEdits.states(issueKeys, parallel);
        } catch (RestException e) {
            throw fail(e, "reading " + issueKeys.size() + " issues", "Browse Projects for " + Project.keyOfIssue(issueKeys.get(0)));
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    @Override
    public IssueDescription descriptionOf(List<io.chaosday.tracker.TextBlock> blocks) {
        return fieldEdits.descriptionOf(blocks);
    }

    @Override
    public List<String> candidates(String user) {
        try {
            return edits.candidates(user);
        } catch (RestException e) {
            throw fail(e, "looking up " + user, "Browse users and groups");
        }
    }

    @Override
    public List<SecurityLevel> securityLevels(String projectKey) {
        try {
            return fieldEdits.securityLevels(projectKey);
        } catch (RestException e) {
            throw fail(e, "reading the issue security levels of " + projectKey, "Browse Projects for " + projectKey);
        }
    }

    @Override
    public void relate(String issueKey, String otherKey) {
        edit(() -> edits.relate(issueKey, otherKey), "linking " + issueKey + " and " + otherKey, "Link Issues on " + issueKey);
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        edit(() -> edits.setProperty(issueKey, propertyKey, value), "recording " + propertyKey + " on " + issueKey,
                "Edit Issues on " + issueKey);
    }

    /** Cloud's search returns properties; Data Center's cannot (JRASERVER-62898), so {@link IssueSearch} reads them issue by issue. */
    @Override
    public boolean searchCarriesProperties() {
        return site.isCloud();
    }

    @Override
    public Optional<Map<String, String>> property(String issueKey, String propertyKey) {
        try {
            return client.find(site.api("issue").segment(issueKey).segment("properties").segment(propertyKey))
                    .flatMap(found -> io.chaosday.tracker.jiraformat.PropertyValues.read(client.json(), found.path("value")));
        } catch (RestException e) {
            throw fail(e, "reading " + propertyKey + " of " + issueKey, "Browse Projects for " + issueKey);
        }
    }

    @Override
    public Optional<IssueDescription> description(String issueKey) {
        try {
            return edits.description(issueKey);
        } catch (RestException e) {
            throw fail(e, "reading " + issueKey, "Browse Projects for " + issueKey);
        }
    }

    @Override
    public List<io.chaosday.tracker.Comment> comments(String issueKey) {
        try {
            return comments.all(issueKey);
        } catch (RestException e) {
            throw fail(e, "reading the comments of " + issueKey, "Browse Projects for " + issueKey);
        }
    }

    /**
     * One search per hundred issues ({@link IssueComments#searched}); an issue the search did not
     * carry whole, or did not find, is read on its own, so it is complete or fails as
     * {@link #comments(String)} does.
     */
    @Override
    public Map<String, List<io.chaosday.tracker.Comment>> commentsOf(java.util.Collection<String> issueKeys) {
        List<String> keys = issueKeys.stream().distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<io.chaosday.tracker.Comment>> searched;
        try {
            searched = comments.searched(keys, parallel);
        } catch (RestException e) {
            throw fail(e, "reading the comments of " + keys.size() + " issues", "Browse Projects for " + keys.get(0));
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        Map<String, List<io.chaosday.tracker.Comment>> readAlone = IssueTracker.super.commentsOf(
                keys.stream().filter(key -> !searched.containsKey(key)).toList());
        Map<String, List<io.chaosday.tracker.Comment>> all = new java.util.LinkedHashMap<>();
        keys.forEach(key -> all.put(key, searched.containsKey(key) ? searched.get(key) : readAlone.get(key)));
        return all;
    }

    @Override
    public io.chaosday.tracker.Comment addComment(String issueKey, String text) {
        try {
            return comments.add(issueKey, text);
        } catch (RestException e) {
            throw fail(e, "commenting on " + issueKey, "Add Comments on " + issueKey);
        }
    }

    @Override
    public void deleteComment(String issueKey, String commentId) {
        edit(() -> comments.delete(issueKey, commentId), "deleting comment " + commentId + " of " + issueKey,
                "Delete Own Comments on " + issueKey);
    }

    /**
     * Says what failed and what to do. While the site's kind was only taken from the credentials, a
     * 401 or 404 may mean that guess or the address is wrong: the site is asked once, and says which.
     */
    private TrackerException fail(RestException e, String what, String permission) {
        return wrongGuess(e).orElseGet(() -> failures.translate(e, what, permission));
    }

    /**
     * While the site's kind is only taken from the credentials, a 401 or 404 makes us ask the site
     * once: what to say when it is Cloud; {@link JiraApi#detect} throws when it is not Jira at all.
     */
    private Optional<TrackerException> wrongGuess(RestException e) {
        Optional<WrongProduct> confluence = WrongProduct.of(e, WrongProduct.Product.JIRA);
        if (confluence.isPresent()) {
            return Optional.of(confluence.get());
        }
        if (!kindConfirmed && e.reason() == RestException.Reason.STATUS && (e.status() == 401 || e.status() == 404)) {
            kindConfirmed = true;
            if (JiraApi.detect(client).isCloud()) {
                return Optional.of(new TrackerException(TrackerException.Kind.UNAUTHORISED, client.base() + " is Jira Cloud, which takes"
                        + " no personal access token: set JIRA_USER to your e-mail and use an API token from id.atlassian.com", e));
            }
        }
        return Optional.empty();
    }

    private void edit(Runnable edit, String what, String permission) {
        try {
            edit.run();
        } catch (RestException e) {
            throw fail(e, what, permission);
        }
    }

    private static TrackerException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TrackerException(TrackerException.Kind.UNAVAILABLE, "interrupted while talking to Jira", e);
    }

    @Override
    public String toString() {
        return "JiraRestTracker[" + site.deployment() + " " + client + "]";
    }
}
