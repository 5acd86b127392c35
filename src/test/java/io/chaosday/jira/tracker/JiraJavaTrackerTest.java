package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.chaosday.jira.JiraMocks;
import io.chaosday.plan.Phase;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * What the plugin's tracker sends Jira in Jira's own formats (date picker, Epic Name, property
 * JSON) and how it words Jira's refusals; what it does is held to {@link io.chaosday.tracker.IssueTrackerContract}
 * by {@link JiraJavaTrackerContractTest}.
 */
public class JiraJavaTrackerTest {

    private static final ChaosDayId CHAOS_DAY = new ChaosDayId("payments");

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final SearchService search = mock(SearchService.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final DateFieldFormat dates = mock(DateFieldFormat.class);
    private final JsonEntityPropertyManager propertyStore = mock(JsonEntityPropertyManager.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final IssueType epicType = JiraMocks.issueType("10000", "Epic");
    private final IssueType taskType = JiraMocks.issueType("10001", "Task");
    private final CustomField epicName = JiraMocks.customField(10100L, "com.pyxis.greenhopper.jira:gh-epic-label", List.of(epicType));
    private final CustomField epicLink = JiraMocks.customField(10101L, "com.pyxis.greenhopper.jira:gh-epic-link", List.of());
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);

    private final EntityPropertiesInMemory marks = new EntityPropertiesInMemory();
    private JiraJavaTracker tracker;

    @Before
    public void aJiraWithJiraSoftware() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(fields.getCustomFieldObjects()).thenReturn(List.of(epicName, epicLink));
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(project);
        when(project.getId()).thenReturn(10L);
        when(project.getKey()).thenReturn("CHAOS");
        when(project.getName()).thenReturn("Chaos");
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(epicType, taskType));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/");
        when(issueService.newIssueInputParameters(any())).thenReturn(input);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(dates.formatDatePicker(any())).thenAnswer(call -> "picker:" + call.getArgument(0));
        tracker = new JiraJavaTracker(authentication, projects, issueService, search, fields, schemes, dates,
                new IssuePropertyStore(propertyStore), application, mock(IssueConnections.class), mock(HandEditedFields.class),
                mock(IssueComments.class), new ProjectMark(marks));
    }

    @Test
    public void createsATicketWithItsDueDateInTheDatePickerFormatItsLabelsAndItsEpicLink() {
        MutableIssue made = creates(11L, "CHAOS-2");
        NewIssue ticket = new NewIssue(new IssueIdentity(CHAOS_DAY, "scope"), IssueKind.TASK, "Scope the day",
                List.of(new TextBlock.Paragraph("Pick *one* service")), Optional.of(LocalDate.of(2027, 2, 15)), List.of("chaos-day"),
                Optional.of("CHAOS-1"));

        List<TrackedIssue> created = tracker.createIssues("CHAOS", List.of(ticket), Progress.SILENT);

        assertEquals("CHAOS-2", created.get(0).key());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String[]>> params = ArgumentCaptor.forClass(Map.class);
        verify(issueService).newIssueInputParameters(params.capture());
        assertEquals(List.of("chaos-day", "chaos-day-payments", "chaos-day-payments--scope"), List.of(params.getValue().get("labels")));
        verify(input).setDueDate("picker:2027-02-15");
        verify(input).setProjectId(10L);
        verify(input).setIssueTypeId("10001");
        verify(input).setDescription("Pick \\*one\\* service");
        verify(input).addCustomFieldValue(10101L, "CHAOS-1");
        verify(input, never()).addCustomFieldValue(eq(10100L), any(String[].class));
        verify(propertyStore).put(eq(alice), eq("IssueProperty"), eq(11L), eq(IssueIdentity.PROPERTY_KEY),
                eq("{\"chaosDay\":\"payments\",\"item\":\"scope\"}"), any(), eq(false));
        assertEquals(made.getKey(), created.get(0).key());
    }

    @Test
    public void inAProjectFromTheTemplateTicketsTakeTheTypesTheTemplateCreatedWhateverTheirNames() {
        IssueType aufgabe = JiraMocks.issueType("10005", "Aufgabe");
        IssueType versuch = JiraMocks.issueType("10006", "Versuch");
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(epicType, taskType, aufgabe, versuch));
        io.chaosday.plan.ChaosDayDefinition definition = io.chaosday.plan.ChaosDayDefinition.withDefaults(
                new io.chaosday.plan.ChaosDaySpec("Chaos Day", LocalDate.of(2027, 3, 10), 1, List.of("Team 1"),
                        io.chaosday.plan.WorkingCalendar.mondayToFriday()));
        new ProjectMark(marks).write(alice, 10L, new ProjectMark.Mark(CHAOS_DAY, definition,
                Map.of(ProjectMark.TASK, "10005", ProjectMark.EXPERIMENT, "10006")));
        creates(11L, "CHAOS-2");

        tracker.createIssues("CHAOS", List.of(new NewIssue(new IssueIdentity(CHAOS_DAY, "scope"), IssueKind.TASK, "Scope",
                List.of(), Optional.empty(), List.of(), Optional.empty())), Progress.SILENT);
        verify(input).setIssueTypeId("10005");
        tracker.createIssues("CHAOS", List.of(new NewIssue(new IssueIdentity(CHAOS_DAY, "experiment/cache"), IssueKind.EXPERIMENT,
                "Cache", List.of(), Optional.empty(), List.of(), Optional.empty())), Progress.SILENT);
        verify(input).setIssueTypeId("10006");
        verify(input, never()).setIssueTypeId("10001");
    }

    @Test
    public void anEpicIsJiraSoftwaresEpicTypeWithItsEpicName() {
        creates(12L, "CHAOS-1");
        tracker.createIssues("CHAOS", List.of(new NewIssue(IssueIdentity.ofEpic(CHAOS_DAY, Phase.PLAN), IssueKind.EPIC, "Plan",
                List.of(), Optional.empty(), List.of(), Optional.empty())), Progress.SILENT);
        verify(input).setIssueTypeId("10000");
        verify(input).addCustomFieldValue(10100L, "Plan");
    }

    @Test
    public void aRefusedCreateSaysWhatJiraSaid() {
        IssueService.CreateValidationResult refused = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues in this project."));
        when(errors.getErrors()).thenReturn(Map.of());
        when(issueService.validateCreate(alice, input)).thenReturn(refused);

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.createIssues("CHAOS", List.of(new NewIssue(
                new IssueIdentity(CHAOS_DAY, "scope"), IssueKind.TASK, "Scope", List.of(), Optional.empty(), List.of(), Optional.empty())),
                Progress.SILENT));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("You do not have permission to create issues in this project."));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void setsAPropertyAsJsonText() {
        found("CHAOS-2", issue(2L, "CHAOS-2", taskType));
        tracker.setProperty("CHAOS-2", "io.chaosday.page", Map.of("pageId", "42"));
        verify(propertyStore).put(eq(alice), eq("IssueProperty"), eq(2L), eq("io.chaosday.page"), eq("{\"pageId\":\"42\"}"), any(), anyBoolean());
    }

    @Test
    public void withoutJiraSoftwareItSaysJiraSoftwareIsNeeded() {
        when(fields.getCustomFieldObjects()).thenReturn(List.of());
        TrackerException e = assertThrows(TrackerException.class, () -> tracker.findIssues("CHAOS", "chaos-day-payments", List.of()));
        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("Jira Software"));
    }

    private MutableIssue creates(long id, String key) {
        IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issueService.validateCreate(alice, input)).thenReturn(valid);
        MutableIssue made = issue(id, key, taskType);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(made);
        when(issueService.create(alice, valid)).thenReturn(result);
        return made;
    }

    private void found(String key, MutableIssue issue) {
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.getIssue(alice, key)).thenReturn(result);
    }

    private static MutableIssue issue(long id, String key, IssueType type) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getIssueType()).thenReturn(type);
        return issue;
    }
}
