package io.chaosday.jira.tracker;

import io.chaosday.site.JiraSite;
import io.chaosday.tracker.IssueTypes;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.chaosday.tracker.jiraformat.WikiMarkup;
import io.chaosday.tracker.DueDateChange;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.Jql;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.NewProject;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.Project;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import io.chaosday.tracker.WantedProperty;
import java.net.URI;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issue tracker over Jira's own Java API, for the plugin. Every call acts as the user of the
 * current request and keeps nothing between calls (any node of a cluster may serve the next one);
 * the Chaos Day's rules stay in the engine.
 */
public final class JiraJavaTracker implements IssueTracker {

    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final IssueService issueService;
    private final SearchService search;
    private final CustomFieldManager fields;
    private final IssueTypeSchemeManager issueTypes;
    private final DateFieldFormat dates;
    private final IssuePropertyStore properties;
    private final ApplicationProperties application;
    private final IssueConnections connections;
    private final HandEditedFields handEdited;
    private final IssueComments comments;
    private final ProjectMark marks;

    public JiraJavaTracker(JiraAuthenticationContext authentication, ProjectManager projects, IssueService issueService,
            SearchService search, CustomFieldManager fields, IssueTypeSchemeManager issueTypes, DateFieldFormat dates,
            IssuePropertyStore properties, ApplicationProperties application, IssueConnections connections,
            HandEditedFields handEdited, IssueComments comments, ProjectMark marks) {
        this.authentication = authentication;
        this.projects = projects;
        this.issueService = issueService;
        this.search = search;
        this.fields = fields;
        this.issueTypes = issueTypes;
        this.dates = dates;
        this.properties = properties;
        this.application = application;
        this.connections = connections;
        this.handEdited = handEdited;
        this.comments = comments;
        this.marks = marks;
    }

    @Override
    public Optional<Project> findProject(String key) {
        return Optional.ofNullable(projects.getProjectObjByKey(key))
                .map(p -> new Project(p.getKey(), p.getName(), site().browse(p.getKey())));
    }

    @Override
    public Project createProject(NewProject project) {
        throw new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "inside Jira a Chaos Day project is made with Create project, choosing the Chaos Day template");
    }

    @Override
    public List<TrackedIssue> findIssues(String projectKey, String label, List<WantedProperty> wanted) {
        JiraSoftware software = software(projectKey);
        List<TrackedIssue> found = new ArrayList<>();
        for (Issue issue : searchIssues(projectKey, label)) {
            found.add(IssueReading.read(issue, software, properties, wanted));
        }
        return found;
    }

    @Override
    public int countIssues(String projectKey, String label) {
        try {
            return (int) search.searchCount(user(), query(projectKey, label));
        } catch (SearchException e) {
            throw searchFailed(projectKey, e);
        }
    }

    @Override
    public List<TrackedIssue> createIssues(String projectKey, List<NewIssue> issues, Progress progress) {
        if (issues.isEmpty()) {
            return List.of();
        }
        com.atlassian.jira.project.Project project = Optional.ofNullable(projects.getProjectObjByKey(projectKey))
                .orElseThrow(() -> TrackerException.noProject(projectKey));
        JiraSoftware software = software(projectKey);
        Map<String, String> templateTypes = marks.read(project.getId()).map(ProjectMark.Mark::issueTypes).orElse(Map.of());
        IssueTypes types = IssueTypes.choose(projectKey, issueTypes.getIssueTypesForProject(project).stream()
                .map(type -> new IssueTypes.Offered(type.getId(), type.getName(), type.getId().equals(software.epicType().getId()),
                        !type.isSubTask()))
                .toList(), Optional.ofNullable(templateTypes.get(ProjectMark.TASK)),
                Optional.ofNullable(templateTypes.get(ProjectMark.EXPERIMENT)));
        ApplicationUser user = user();
        List<TrackedIssue> created = new ArrayList<>();
        for (NewIssue issue : issues) {
            IssueInputParameters input = issueService.newIssueInputParameters(Map.of("labels", types.labels(issue).toArray(String[]::new)))
                    .setProjectId(project.getId())
                    .setIssueTypeId(types.idFor(issue))
                    .setSummary(issue.summary())
                    .setDescription(WikiMarkup.render(issue.description()));
            input.setSkipScreenCheck(true);
            issue.due().ifPresent(due -> input.setDueDate(dates.formatDatePicker(Date.valueOf(due))));
            if (issue.kind() == io.chaosday.tracker.IssueKind.EPIC) {
                input.addCustomFieldValue(software.epicName().getIdAsLong(), issue.summary());
            }
            issue.epicKey().ifPresent(epic -> input.addCustomFieldValue(software.epicLink().getIdAsLong(), epic));
            issue.assignee().ifPresent(input::setAssigneeId);
            IssueService.CreateValidationResult valid = issueService.validateCreate(user, input);
            if (!valid.isValid() && issue.assignee().isPresent()) {
                // An owner Jira will not assign (no such user, or not assignable): created unassigned, as over REST.
                input.setAssigneeId(null);
                valid = issueService.validateCreate(user, input);
            }
            Outcomes.check(valid, "creating \"" + issue.summary() + "\" in " + projectKey);
            MutableIssue made = Outcomes.check(issueService.create(user, valid), "creating \"" + issue.summary() + "\" in " + projectKey).getIssue();
            properties.putIdentity(user, made.getId(), issue.identity());
            issue.properties().forEach((key, value) -> properties.put(user, made.getId(), key, value));
            created.add(IssueReading.created(made, issue, types.labels(issue)));
            progress.update("Creating issues", created.size(), issues.size());
        }
        return created;
    }

    @Override
    public void changeDueDates(List<DueDateChange> changes, Progress progress) {
        int done = 0;
        for (DueDateChange change : changes) {
            update(change.issueKey(), issueService.newIssueInputParameters().setDueDate(dates.formatDatePicker(Date.valueOf(change.to()))),
                    "changing the due date of " + change.issueKey());
            progress.update("Moving due dates", ++done, changes.size());
        }
    }

    @Override
    public void deleteIssue(String issueKey) {
        ApplicationUser user = user();
        Optional<MutableIssue> issue = find(user, issueKey);
        if (issue.isEmpty()) {
            return; // gone already
        }
        IssueService.DeleteValidationResult valid = issueService.validateDelete(user, issue.get().getId());
        Outcomes.check(valid, "deleting " + issueKey);
        Outcomes.check(issueService.delete(user, valid), "deleting " + issueKey);
    }

    @Override
    public void moveToEpic(String issueKey, String epicKey) {
        JiraSoftware software = software(Project.keyOfIssue(issueKey));
        update(issueKey, issueService.newIssueInputParameters().addCustomFieldValue(software.epicLink().getIdAsLong(), epicKey),
                "moving " + issueKey + " under epic " + epicKey);
    }

    @Override
    public void changeLabels(String issueKey, Set<String> add, Set<String> remove) {
        MutableIssue issue = require(user(), issueKey);
        Set<String> labels = new LinkedHashSet<>();
        issue.getLabels().forEach(l -> labels.add(l.getLabel()));
        Set<String> wanted = new LinkedHashSet<>(labels);
        wanted.addAll(add);
        wanted.removeAll(remove);
        if (!wanted.equals(labels)) {
            update(issueKey, issueService.newIssueInputParameters(Map.of("labels", wanted.toArray(String[]::new))),
                    "changing the labels of " + issueKey);
        }
    }

    /** The search's issues' properties are read from Jira's own store, in this process: no request each. */
    @Override
    public boolean searchCarriesProperties() {
        return true;
    }

    @Override
    public Optional<Map<String, String>> property(String issueKey, String propertyKey) {
        return find(user(), issueKey).flatMap(issue -> properties.get(issue.getId(), propertyKey));
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, Map<String, String> value) {
        ApplicationUser user = user();
        properties.put(user, require(user, issueKey).getId(), propertyKey, value);
    }

    @Override
    public Optional<IssueDescription> description(String issueKey) {
        String body = require(user(), issueKey).getDescription();
        return body == null || body.isBlank() ? Optional.empty() : Optional.of(new IssueDescription(SourceMarkup.WIKI, body));
    }

    @Override
    public URI browse(String issueKey) {
        return site().browse(issueKey);
    }

    @Override
    public void addRemoteLink(String issueKey, RemoteLink link) {
        ApplicationUser user = user();
        connections.addRemoteLink(user, require(user, issueKey), link);
    }

    @Override
    public boolean knowsUser(String user) {
        return connections.knowsUser(user);
    }

    @Override
    public boolean assign(String issueKey, String user) {
        ApplicationUser me = user();
        return connections.assign(me, require(me, issueKey), user);
    }

    @Override
    public void updateIssue(String issueKey, IssueUpdate update) {
        ApplicationUser user = user();
        handEdited.update(user, require(user, issueKey), update);
    }

    @Override
    public IssueState state(String issueKey) {
        return HandEditedFields.state(require(user(), issueKey));
    }

    @Override
    public IssueDescription descriptionOf(List<io.chaosday.tracker.TextBlock> blocks) {
        return new IssueDescription(SourceMarkup.WIKI, WikiMarkup.render(blocks));
    }

    /** Inside Jira an owner is a user name, found exactly or not at all: there is never anyone else to name. */
    @Override
    public List<String> candidates(String user) {
        return List.of();
    }

    @Override
    public List<SecurityLevel> securityLevels(String projectKey) {
        return handEdited.securityLevels(user(), projectKey);
    }

    @Override
    public void relate(String issueKey, String otherKey) {
        ApplicationUser user = user();
        connections.relate(user, require(user, issueKey), require(user, otherKey));
    }

    private void update(String issueKey, IssueInputParameters input, String what) {
        ApplicationUser user = user();
        input.setSkipScreenCheck(true);
        IssueService.UpdateValidationResult valid = issueService.validateUpdate(user, require(user, issueKey).getId(), input);
        Outcomes.check(valid, what);
        Outcomes.check(issueService.update(user, valid), what);
    }

    private List<Issue> searchIssues(String projectKey, String label) {
        try {
            return search.search(user(), query(projectKey, label), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw searchFailed(projectKey, e);
        }
    }

    private static TrackerException searchFailed(String projectKey, SearchException e) {
        return new TrackerException(TrackerException.Kind.UNAVAILABLE, "Jira could not search project " + projectKey + ": " + e.getMessage(), e);
    }

    private Query query(String projectKey, String label) {
        SearchService.ParseResult parsed = search.parseQuery(user(), Jql.projectAndLabel(projectKey, label));
        if (!parsed.isValid()) {
            throw new TrackerException(TrackerException.Kind.REJECTED, "Jira could not read the search for " + label + " in " + projectKey);
        }
        return parsed.getQuery();
    }

    @Override
    public List<IssueTypes.Offered> offeredIssueTypes(String projectKey) {
        com.atlassian.jira.project.Project project = Optional.ofNullable(projects.getProjectObjByKey(projectKey))
                .orElseThrow(() -> TrackerException.noProject(projectKey));
        Optional<String> epicType = JiraSoftware.find(fields).map(software -> software.epicType().getId());
        return issueTypes.getIssueTypesForProject(project).stream()
                .map(type -> new IssueTypes.Offered(type.getId(), type.getName(), epicType.equals(Optional.of(type.getId())),
                        !type.isSubTask()))
                .toList();
    }

    private JiraSoftware software(String projectKey) {
        return JiraSoftware.find(fields).orElseThrow(() -> IssueTypes.noEpics(projectKey));
    }

    private Optional<MutableIssue> find(ApplicationUser user, String issueKey) {
        IssueService.IssueResult result = issueService.getIssue(user, issueKey);
        return result.isValid() ? Optional.ofNullable(result.getIssue()) : Optional.empty();
    }

    @Override
    public List<io.chaosday.tracker.Comment> comments(String issueKey) {
        ApplicationUser user = user();
        return comments.all(user, require(user, issueKey));
    }

    @Override
    public io.chaosday.tracker.Comment addComment(String issueKey, String text) {
        ApplicationUser user = user();
        return comments.add(user, require(user, issueKey), text);
    }

    @Override
    public void deleteComment(String issueKey, String commentId) {
        ApplicationUser user = user();
        find(user, issueKey).ifPresent(issue -> comments.delete(user, issue, commentId));
    }

    private MutableIssue require(ApplicationUser user, String issueKey) {
        return find(user, issueKey).orElseThrow(() -> new TrackerException(TrackerException.Kind.NOT_FOUND,
                "Jira has no issue " + issueKey + " (or you cannot see it)"));
    }

    private ApplicationUser user() {
        return authentication.getLoggedInUser();
    }

    private JiraSite site() {
        return JiraSite.unlinked(URI.create(application.getBaseUrl(UrlMode.CANONICAL)));
    }

}
