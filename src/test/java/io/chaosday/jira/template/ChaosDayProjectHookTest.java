package io.chaosday.jira.template;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.template.hook.ConfigureData;
import com.atlassian.jira.project.template.hook.ValidateData;
import com.atlassian.jira.project.template.hook.ValidateResponse;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.JiraMocks;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.FakeIssueTracker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import io.chaosday.jira.tracker.ProjectMark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

/** The template's hook over a mocked Jira and an in-memory tracker. */
public class ChaosDayProjectHookTest {

    private static final Clock MONDAY_2027_01_25 = Clock.fixed(LocalDate.of(2027, 1, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final IssueType epic = JiraMocks.issueType("10000", "Epic");
    private final IssueType task = JiraMocks.issueType("10001", "Task");
    private final FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    private final FakeIssueTracker tracker = new FakeIssueTracker().withProject("CHAOS");

    private final io.chaosday.jira.tracker.EntityPropertiesInMemory properties = new io.chaosday.jira.tracker.EntityPropertiesInMemory();
    private final ProjectMark marks = new ProjectMark(properties);
    private final BoardsInJira boards = new BoardsInJira();
    private final com.atlassian.jira.bc.issue.search.SearchService search = mock(com.atlassian.jira.bc.issue.search.SearchService.class);
    private final ProjectBoard board = new ProjectBoard(boards, search, properties, boards, i18n);
    private ChaosDayProjectHook hook;

    @Before
    public void aJiraWithJiraSoftwareAndAnAdministratorWhoMayCreateIssues() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(i18n.getText(any(String.class))).thenAnswer(call -> "text of " + call.getArgument(0));
        CustomField epicName = JiraMocks.customField(0L, "com.pyxis.greenhopper.jira:gh-epic-label", List.of(epic));
        CustomField epicLink = JiraMocks.customField(0L, "com.pyxis.greenhopper.jira:gh-epic-link", List.of());
        CustomField other = JiraMocks.customField(0L, "some:other", List.of());
        when(fields.getCustomFieldObjects()).thenReturn(List.of(other, epicName, epicLink));
        when(permissions.getProjects(ProjectPermissions.CREATE_ISSUES, alice)).thenReturn(List.of(project));
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, alice)).thenReturn(true);
        when(project.getKey()).thenReturn("CHAOS");
        when(project.getId()).thenReturn(10L);
        when(project.getName()).thenReturn("Payments Chaos Day");
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(task));
        when(locks.getLockForName("io.chaosday.project.CHAOS")).thenReturn(lock);
        when(search.parseQuery(alice, "project = \"CHAOS\" ORDER BY Rank ASC"))
                .thenReturn(new com.atlassian.jira.bc.issue.search.SearchService.ParseResult(mock(com.atlassian.query.Query.class)));
        hook = new ChaosDayProjectHook(authentication, permissions, fields, schemes, locks, i18n, tracker, MONDAY_2027_01_25, marks, board);
    }

    @Test
    public void validateAcceptsWhenJiraSoftwareIsThereAndTheUserMayCreateIssues() {
        assertEquals(List.of(), hook.validate(ValidateData.create("CHAOS")).getErrorMessages());
    }

    @Test
    public void validateRefusesWithAClearMessageWhenJiraSoftwareIsMissing() {
        CustomField other = JiraMocks.customField(0L, "some:other", List.of());
        when(fields.getCustomFieldObjects()).thenReturn(List.of(other));
        ValidateResponse response = hook.validate(ValidateData.create("CHAOS"));
        assertEquals(List.of("text of chaosday.template.error.jira-software"), response.getErrorMessages());
    }

    @Test
    public void validateRefusesWhenTheEpicNameFieldIsThereButEpicLinkIsNot() {
        CustomField epicNameOnly = JiraMocks.customField(0L, "com.pyxis.greenhopper.jira:gh-epic-label", List.of(epic));
        when(fields.getCustomFieldObjects()).thenReturn(List.of(epicNameOnly));
        assertEquals(List.of("text of chaosday.template.error.jira-software"), hook.validate(ValidateData.create("CHAOS")).getErrorMessages());
    }

    @Test
    public void validateRefusesAUserWhoMayCreateIssuesNowhere() {
        when(permissions.getProjects(ProjectPermissions.CREATE_ISSUES, alice)).thenReturn(List.of());
        assertEquals(List.of("text of chaosday.template.error.create-issues"), hook.validate(ValidateData.create("CHAOS")).getErrorMessages());
    }

    @Test
    public void configureMakesTheProvisionalChaosDayUnderTheProjectsClusterLock() {
        hook.configure(ConfigureData.create(project, Map.of(), scheme));

        List<TrackedIssue> made = new ArrayList<>(tracker.issues.values());
        assertEquals(4, made.stream().filter(i -> i.kind() == IssueKind.EPIC).count());
        assertTrue("tickets under their epics", made.stream().filter(i -> i.kind() == IssueKind.TASK).allMatch(i -> i.epicKey().isPresent()));
        // Six weeks after Monday 2027-01-25 is Monday 2027-03-08; the Wednesday after it is the day.
        assertTrue(made.stream().anyMatch(i -> i.identity().get().item().key().startsWith("chaos-day") && i.due().equals(java.util.Optional.of(LocalDate.of(2027, 3, 10)))));
        assertTrue(made.stream().allMatch(i -> i.identity().get().chaosDay().equals(io.chaosday.tracker.ChaosDayId.fromName("Payments Chaos Day"))));
        assertTrue("the definition is kept, marked provisional", made.stream().anyMatch(i -> i.property(IssueProperties.DEFINITION)
                .map(definition -> "true".equals(definition.get("provisional")) && "2027-03-10".equals(definition.get("chaosDay"))).orElse(false)));
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    public void configureAttachesJiraSoftwaresEpicTypeToTheProjectsScheme() {
        hook.configure(ConfigureData.create(project, Map.of(), scheme));
        verify(schemes).update(scheme, List.of("10001", "10000"));
    }

    @Test
    public void configureLeavesASchemeThatHasTheEpicTypeAsItIs() {
        when(schemes.getIssueTypesForProject(project)).thenReturn(List.of(task, epic));
        hook.configure(ConfigureData.create(project, Map.of(), scheme));
        verify(schemes, never()).update(any(FieldConfigScheme.class), any(Collection.class));
    }

    @Test
    public void aSecondConfigureOnTheSameProjectCreatesNothing() {
        hook.configure(ConfigureData.create(project, Map.of(), scheme));
        int afterFirst = tracker.issues.size();
        tracker.calls.clear();

        hook.configure(ConfigureData.create(project, Map.of(), scheme));

        assertEquals(afterFirst, tracker.issues.size());
        assertTrue(tracker.calls.toString(), tracker.calls.stream().noneMatch(call -> call.startsWith("create")));
    }

    @Test
    public void configureCreatesNothingForAUserWhoMayNotCreateIssuesInTheNewProject() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, alice)).thenReturn(false);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> hook.configure(ConfigureData.create(project, Map.of(), scheme)));
        assertEquals("text of chaosday.template.error.create-issues", refused.getMessage());
        assertEquals(0, tracker.issues.size());
        verify(lock, never()).lock();
    }

    @Test
    public void aChaosDayLeftUnfinishedSaysTheProjectExistsAndHowToFinishIt() {
        FakeIssueTracker lost = new FakeIssueTracker(); // the use case cannot find the project Jira just made
        hook = new ChaosDayProjectHook(authentication, permissions, fields, schemes, locks, i18n, lost, MONDAY_2027_01_25, marks, board);
        when(i18n.getText(eq("chaosday.failure.project-not-found"), any())).thenReturn("no project CHAOS");
        when(i18n.getText(eq("chaosday.template.error.unfinished"), any(), any()))
                .thenAnswer(call -> "unfinished " + call.getArgument(1) + ": " + call.getArgument(2));

        IllegalStateException unfinished = assertThrows(IllegalStateException.class,
                () -> hook.configure(ConfigureData.create(project, Map.of(), scheme)));

        assertEquals("unfinished CHAOS: no project CHAOS", unfinished.getMessage());
        assertEquals(0, lost.issues.size());
        ProjectMark.Mark mark = marks.read(10L).orElseThrow(() -> new AssertionError("marked before anything was created"));
        assertTrue("provisional, for the page to finish", mark.definition().provisional());
    }

    @Test
    public void configureMarksTheProjectWithItsChaosDayAndTheIssueTypesTheTemplateCreated() {
        IssueType aufgabe = JiraMocks.issueType("10005", "Aufgabe");
        IssueType versuch = JiraMocks.issueType("10006", "Versuch");
        hook.configure(ConfigureData.create(project, Map.of("task", aufgabe, "experiment", versuch), scheme));

        ProjectMark.Mark mark = marks.read(10L).orElseThrow();
        assertEquals(io.chaosday.tracker.ChaosDayId.fromName("Payments Chaos Day"), mark.chaosDay());
        assertEquals(Map.of(ProjectMark.TASK, "10005", ProjectMark.EXPERIMENT, "10006"), mark.issueTypes());
        assertEquals(LocalDate.of(2027, 3, 10), mark.definition().chaosDay());
    }

    @Test
    public void configureGivesTheProjectOneBoardOverItsIssuesAfterTheEpics() {
        int[] issuesWhenTheBoardWasMade = {-1};
        boards.onBoard = () -> issuesWhenTheBoardWasMade[0] = tracker.issues.size();

        hook.configure(ConfigureData.create(project, Map.of(), scheme));
        hook.configure(ConfigureData.create(project, Map.of(), scheme));

        assertEquals(1, boards.boards.size());
        assertEquals(1, boards.filters.size());
        assertEquals(boards.filters.keySet().iterator().next().longValue(), boards.boards.get(0).filterId());
        assertEquals("the epics and tickets were there first", tracker.issues.size(), issuesWhenTheBoardWasMade[0]);
    }

    @Test
    public void withoutJiraSoftwaresBoardsTheProjectIsMadeWithoutABoard() {
        boards.jiraSoftware = false;

        hook.configure(ConfigureData.create(project, Map.of(), scheme));

        assertTrue(boards.boards.isEmpty());
        assertTrue(boards.filters.isEmpty());
        assertTrue("the Chaos Day is made all the same", tracker.issues.size() > 10);
    }

    @Test
    public void aBoardJiraRefusesNeverUndoesTheProject() {
        boards.refuseBoard = List.of("refused");

        hook.configure(ConfigureData.create(project, Map.of(), scheme));

        assertTrue(boards.boards.isEmpty());
        assertTrue(tracker.issues.size() > 10);
    }
}
