package io.chaosday.jira.tracker;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.query.Query;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.chaosday.jira.JiraMocks;
import io.chaosday.tracker.IssueIdentity;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mockito.stubbing.Answer;

/**
 * The Jira services the plugin's tracker calls, kept in memory: issues created through
 * {@link IssueService} are stored, updated, found by {@link SearchService}'s JQL and deleted, and
 * issue properties are kept, so the tracker is tested by what it leaves in Jira rather than by
 * which calls it made. One project, CHAOS, with Jira Software's Epic and a Task type. The services
 * are Mockito mocks answered from this state, so they compile against the real Jira API as well.
 */
final class JiraServicesInMemory {

    static final String BASE = "https://jira.example.com/jira/";
    private static final Pattern PROJECT_AND_LABELS = Pattern.compile("project = \"([^\"]+)\"((?: AND labels = \"[^\"]+\")*)");
    private static final Pattern LABEL = Pattern.compile("labels = \"([^\"]+)\"");

    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final IssueService issueService = mock(IssueService.class);
    final SearchService search = mock(SearchService.class);
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    final DateFieldFormat dates = mock(DateFieldFormat.class);
    final JsonEntityPropertyManager propertyStore = mock(JsonEntityPropertyManager.class);
    final ApplicationProperties application = mock(ApplicationProperties.class);

    private final ApplicationUser user = mock(ApplicationUser.class);
    private final com.atlassian.jira.security.PermissionManager permissions = mock(com.atlassian.jira.security.PermissionManager.class);
    /** Remote links, issue links and the people Jira knows. */
    final JiraLinksInMemory links = new JiraLinksInMemory(errors(List.of()));
    private final com.atlassian.jira.issue.security.IssueSecurityLevelManager securityLevelManager =
            mock(com.atlassian.jira.issue.security.IssueSecurityLevelManager.class);
    private final List<com.atlassian.jira.issue.security.IssueSecurityLevel> securityLevels = new ArrayList<>();
    /** Comments, kept as Jira's comment manager keeps them. */
    final CommentsInMemory comments = new CommentsInMemory();
    private final Project project = mock(Project.class);
    private final IssueType epicType = JiraMocks.issueType("10000", "Epic");
    private final IssueType taskType = JiraMocks.issueType("10001", "Task");
    private final CustomField epicName = JiraMocks.customField(10100L, JiraMocks.EPIC_NAME, List.of(epicType));
    private final CustomField epicLink = JiraMocks.customField(10101L, JiraMocks.EPIC_LINK, List.of());
    private final Status toDo = status("To Do", "new");
    private final Status done = status("Done", StatusCategory.COMPLETE);

    /** The issues, by key, in the order they were made. */
    private final Map<String, StoredIssue> issues = new LinkedHashMap<>();
    private final Map<String, String> properties = new HashMap<>();
    private final Map<Query, String> queries = new IdentityHashMap<>();
    private final Map<IssueService.IssueValidationResult, Input> pending = new IdentityHashMap<>();
    private long nextId = 100;
    private int nextNumber = 1;

    /** One issue as Jira keeps it. */
    private static final class StoredIssue {
        long id;
        String key;
        String projectKey;
        IssueType type;
        String summary;
        String description;
        Optional<LocalDate> due = Optional.empty();
        Set<String> labels = new LinkedHashSet<>();
        Optional<String> epicKey = Optional.empty();
        Status status;
        Optional<ApplicationUser> assignee = Optional.empty();
        Optional<Long> securityLevelId = Optional.empty();
    }

    /** What an {@link IssueInputParameters} was given. */
    private static final class Input {
        final Map<String, Object> values = new HashMap<>();
    }

    JiraServicesInMemory() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(user.getKey()).thenReturn("facilitator");
        when(user.getDisplayName()).thenReturn("Facilitator");
        when(permissions.hasPermission(any(), any(com.atlassian.jira.project.Project.class), any())).thenReturn(true);
        when(project.getId()).thenReturn(10L);
        when(project.getKey()).thenReturn("CHAOS");
        when(project.getName()).thenReturn("Chaos");
        when(projects.getProjectObjByKey(anyString())).thenAnswer(call -> "CHAOS".equals(call.getArgument(0)) ? project : null);
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(epicType, taskType));
        when(fields.getCustomFieldObjects()).thenReturn(List.of(epicName, epicLink));
        when(epicLink.getValue(any())).thenAnswer(call -> issues.values().stream()
                .filter(i -> i.key.equals(((MutableIssue) call.getArgument(0)).getKey())).findFirst()
                .flatMap(i -> i.epicKey).orElse(null));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE);
        when(securityLevelManager.getUsersSecurityLevels(project, user)).thenAnswer(call -> List.copyOf(securityLevels));
        when(dates.formatDatePicker(any())).thenAnswer(call -> call.getArgument(0).toString());
        issueServiceAnswers();
        searchAnswers();
        propertyAnswers();
    }

    /** Moves an issue to the done category, as a person closing it would. */
    void markDone(String key) {
        issues.get(key).status = done;
    }

    /** Removes the issue's identity label and keeps its other labels and its properties, as an issue of an older release is. */
    void removeIdentityLabel(String key) {
        issues.get(key).labels.removeIf(label -> IssueIdentity.fromLabel(label).isPresent());
    }

    /** Removes the issue's identity property and keeps its labels, as an issue imported from a CSV file is. */
    void removeIdentityProperty(String key) {
        properties.remove(issues.get(key).id + "/" + io.chaosday.tracker.IssueIdentity.PROPERTY_KEY);
    }

    private void issueServiceAnswers() {
        when(issueService.newIssueInputParameters()).thenAnswer(call -> input(Map.of()));
        when(issueService.newIssueInputParameters(any())).thenAnswer(call -> input(call.getArgument(0)));
        when(issueService.validateCreate(any(), any())).thenAnswer(call -> {
            Input input = inputOf(call.getArgument(1));
            // As Jira's assignee field does, a user name it does not know fails the validation.
            Object assignee = input.values.get("assignee");
            List<String> problems = assignee != null && links.personNamed((String) assignee) == null
                    ? List.of("User '" + assignee + "' does not exist.")
                    : List.of();
            IssueService.CreateValidationResult result = new IssueService.CreateValidationResult(null, errors(problems));
            pending.put(result, copyOf(input));
            return result;
        });
        when(issueService.create(any(), any())).thenAnswer(call -> {
            Input input = pending.remove(call.<IssueService.IssueValidationResult>getArgument(1));
            StoredIssue issue = new StoredIssue();
            issue.id = nextId++;
            issue.projectKey = "CHAOS";
            issue.key = issue.projectKey + "-" + nextNumber++;
            issue.type = "10000".equals(input.values.get("issueType")) ? epicType : taskType;
            issue.status = toDo;
            apply(issue, input);
            issues.put(issue.key, issue);
            return new IssueService.IssueResult(view(issue), errors(List.of()));
        });
        when(issueService.getIssue(any(), anyString())).thenAnswer(call -> {
            StoredIssue issue = issues.get(call.<String>getArgument(1));
            return new IssueService.IssueResult(issue == null ? null : view(issue),
                    errors(issue == null ? List.of("Issue Does Not Exist") : List.of()));
        });
        when(issueService.validateUpdate(any(), anyLong(), any())).thenAnswer(call -> {
            StoredIssue issue = byId(call.getArgument(1));
            IssueService.UpdateValidationResult result = new IssueService.UpdateValidationResult(view(issue), errors(List.of()));
            pending.put(result, inputOf(call.getArgument(2)));
            return result;
        });
        when(issueService.update(any(), any())).thenAnswer(call -> {
            IssueService.UpdateValidationResult valid = call.getArgument(1);
            StoredIssue issue = issues.get(valid.getIssue().getKey());
            apply(issue, pending.remove(valid));
            return new IssueService.IssueResult(view(issue), errors(List.of()));
        });
        when(issueService.validateAssign(any(), anyLong(), any())).thenAnswer(call -> {
            String name = call.getArgument(2);
            boolean known = links.personNamed(name) != null;
            return new IssueService.AssignValidationResult(view(byId(call.getArgument(1))),
                    errors(known ? List.of() : List.of("User '" + name + "' cannot be assigned issues.")), name);
        });
        when(issueService.assign(any(), any())).thenAnswer(call -> {
            IssueService.AssignValidationResult valid = call.getArgument(1);
            StoredIssue issue = issues.get(valid.getIssue().getKey());
            issue.assignee = Optional.of(links.personNamed(valid.getAssigneeId()));
            return new IssueService.IssueResult(view(issue), errors(List.of()));
        });
        when(issueService.validateDelete(any(), anyLong())).thenAnswer(call ->
                new IssueService.DeleteValidationResult(view(byId(call.getArgument(1))), errors(List.of())));
        when(issueService.delete(any(), any())).thenAnswer(call -> {
            issues.remove(call.<IssueService.DeleteValidationResult>getArgument(1).getIssue().getKey());
            return errors(List.of());
        });
    }

    private void searchAnswers() {
        when(search.parseQuery(any(), anyString())).thenAnswer(call -> {
            Query query = mock(Query.class);
            queries.put(query, call.getArgument(1));
            return new SearchService.ParseResult(query);
        });
        try {
            when(search.search(any(), any(), any())).thenAnswer(call -> {
                List<com.atlassian.jira.issue.Issue> found = new ArrayList<>();
                matching(queries.get(call.<Query>getArgument(1))).forEach(i -> found.add(view(i)));
                return new SearchResults<>(found, found.size(), found.size(), 0);
            });
            when(search.searchCount(any(), any())).thenAnswer(call -> (long) matching(queries.get(call.<Query>getArgument(1))).size());
        } catch (com.atlassian.jira.issue.search.SearchException e) {
            throw new AssertionError(e);
        }
    }

    private void propertyAnswers() {
        when(propertyStore.get(eq(IssuePropertyStore.ISSUE), anyLong(), anyString())).thenAnswer(call -> {
            String value = properties.get(call.getArgument(1) + "/" + call.getArgument(2));
            if (value == null) {
                return null;
            }
            EntityProperty property = mock(EntityProperty.class);
            when(property.getValue()).thenReturn(value);
            return property;
        });
        org.mockito.Mockito.doAnswer(call -> {
            properties.put(call.getArgument(2) + "/" + call.getArgument(3), call.getArgument(4));
            return null;
        }).when(propertyStore).put(any(), eq(IssuePropertyStore.ISSUE), anyLong(), anyString(), anyString(), any(), anyBoolean());
    }

    /** The issues a {@code project = "KEY" AND labels = "..."} query finds, by key as Jira orders them. */
    private List<StoredIssue> matching(String jql) {
        Matcher m = PROJECT_AND_LABELS.matcher(jql);
        if (!m.lookingAt()) {
            throw new AssertionError("a query this Jira cannot answer: " + jql);
        }
        List<String> labels = new ArrayList<>();
        Matcher label = LABEL.matcher(m.group(2));
        while (label.find()) {
            labels.add(label.group(1));
        }
        return issues.values().stream().filter(i -> i.projectKey.equals(m.group(1)) && i.labels.containsAll(labels)).toList();
    }

    /** What the input holds now: an input validated again after a change is a new request. */
    private static Input copyOf(Input input) {
        Input copy = new Input();
        copy.values.putAll(input.values);
        return copy;
    }

    private StoredIssue byId(long id) {
        return issues.values().stream().filter(i -> i.id == id).findFirst().orElseThrow();
    }

    /** A recording {@link IssueInputParameters}; the labels come as the action parameters, as Jira takes them. */
    private IssueInputParameters input(Map<String, String[]> parameters) {
        Input recorded = new Input();
        if (parameters.containsKey("labels")) {
            recorded.values.put("labels", List.of(parameters.get("labels")));
        }
        IssueInputParameters[] self = new IssueInputParameters[1];
        Answer<Object> record = call -> {
            String name = call.getMethod().getName();
            Object[] args = call.getArguments();
            switch (name) {
                case "setIssueTypeId" -> recorded.values.put("issueType", args[0]);
                case "setSummary" -> recorded.values.put("summary", args[0]);
                case "setDescription" -> recorded.values.put("description", args[0]);
                case "setDueDate" -> recorded.values.put("due", args[0]);
                case "setAssigneeId" -> recorded.values.put("assignee", args[0]);
                case "setSecurityLevelId" -> recorded.values.put("security", args[0]);
                case "addCustomFieldValue" -> recorded.values.put("customfield_" + args[0], String.valueOf(args[1]));
                default -> {
                }
            }
            return call.getMethod().getReturnType().isInstance(self[0]) ? self[0] : null;
        };
        self[0] = mock(IssueInputParameters.class, record);
        inputs.put(self[0], recorded);
        return self[0];
    }

    private final Map<IssueInputParameters, Input> inputs = new IdentityHashMap<>();

    private Input inputOf(IssueInputParameters parameters) {
        return inputs.get(parameters);
    }

    @SuppressWarnings("unchecked")
    private void apply(StoredIssue issue, Input input) {
        Map<String, Object> v = input.values;
        if (v.containsKey("summary")) {
            issue.summary = (String) v.get("summary");
        }
        if (v.containsKey("description")) {
            issue.description = (String) v.get("description");
        }
        if (v.containsKey("due")) {
            issue.due = Optional.of(LocalDate.parse((String) v.get("due")));
        }
        if (v.containsKey("labels")) {
            issue.labels = new LinkedHashSet<>((List<String>) v.get("labels"));
        }
        if (v.get("assignee") != null) {
            issue.assignee = Optional.ofNullable(links.personNamed((String) v.get("assignee")));
        }
        if (v.containsKey("security")) {
            issue.securityLevelId = Optional.of((Long) v.get("security"));
        }
        Object epic = v.get("customfield_" + epicLink.getIdAsLong());
        if (epic != null) {
            issue.epicKey = Optional.of((String) epic);
        }
    }

    /** The issue as Jira hands it out: a snapshot of what is stored now. */
    private MutableIssue view(StoredIssue stored) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(stored.id);
        when(issue.getKey()).thenReturn(stored.key);
        when(issue.getSummary()).thenReturn(stored.summary);
        when(issue.getDescription()).thenReturn(stored.description);
        when(issue.getDueDate()).thenReturn(stored.due.map(d -> Timestamp.valueOf(d.atStartOfDay())).orElse(null));
        when(issue.getStatus()).thenReturn(stored.status);
        when(issue.getIssueType()).thenReturn(stored.type);
        when(issue.getAssignee()).thenReturn(stored.assignee.orElse(null));
        when(issue.getSecurityLevelId()).thenReturn(stored.securityLevelId.orElse(null));
        Set<Label> labels = new LinkedHashSet<>();
        stored.labels.forEach(l -> labels.add(new Label(null, stored.id, l)));
        when(issue.getLabels()).thenReturn(labels);
        return issue;
    }

    private static Status status(String name, String category) {
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        return status;
    }

    private static ErrorCollection errors(Collection<String> messages) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(!messages.isEmpty());
        when(errors.getErrorMessages()).thenReturn(List.copyOf(messages));
        when(errors.getErrors()).thenReturn(Map.of());
        when(errors.getReasons()).thenReturn(messages.isEmpty() ? Set.of() : Set.of(ErrorCollection.Reason.NOT_FOUND));
        return errors;
    }

    /** Adds a level to the project's issue security scheme, one the facilitator may set; answers its id. */
    String offerSecurityLevel(String name) {
        com.atlassian.jira.issue.security.IssueSecurityLevel level = mock(com.atlassian.jira.issue.security.IssueSecurityLevel.class);
        long id = 10100L + securityLevels.size();
        when(level.getId()).thenReturn(id);
        when(level.getName()).thenReturn(name);
        securityLevels.add(level);
        return String.valueOf(id);
    }

    /** The issue's id, as the link services know it. */
    long idOf(String key) {
        return issues.get(key).id;
    }

    /** The key of the issue with this id. */
    String keyOf(long id) {
        return byId(id).key;
    }

    /** The plugin's tracker over these services. */
    JiraJavaTracker tracker() {
        return new JiraJavaTracker(authentication, projects, issueService, search, fields, schemes, dates,
                new IssuePropertyStore(propertyStore), application,
                new IssueConnections(links.remoteLinkService, links.issueLinks, links.linkTypes, links.users, issueService),
                new HandEditedFields(issueService, dates, projects, permissions, securityLevelManager),
                new IssueComments(comments, permissions, projects), new ProjectMark(new EntityPropertiesInMemory()));
    }
}
