package io.chaosday.jira.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.ApplicationProperties;
import io.chaosday.tracker.IssueDescription;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.IssueUpdate;
import io.chaosday.tracker.SecurityLevel;
import io.chaosday.tracker.SourceMarkup;
import io.chaosday.tracker.TextBlock;
import io.chaosday.tracker.TrackerException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** Changing, reading back and choosing the fields a person edits by hand, through the tracker port over Jira's Java API. */
public class HandEditedFieldsTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueService issueService = mock(IssueService.class);
    private final DateFieldFormat dates = mock(DateFieldFormat.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueSecurityLevelManager levels = mock(IssueSecurityLevelManager.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final MutableIssue experiment = mock(MutableIssue.class);

    private JiraJavaTracker tracker;

    @Before
    public void anExperimentTicketAliceCanSee() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(project);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(dates.formatDatePicker(any())).thenAnswer(call -> "picker:" + call.getArgument(0));
        when(experiment.getId()).thenReturn(7L);
        when(experiment.getKey()).thenReturn("CHAOS-7");
        IssueService.IssueResult found = mock(IssueService.IssueResult.class);
        when(found.isValid()).thenReturn(true);
        when(found.getIssue()).thenReturn(experiment);
        when(issueService.getIssue(alice, "CHAOS-7")).thenReturn(found);
        tracker = new JiraJavaTracker(authentication, projects, issueService, mock(SearchService.class), mock(CustomFieldManager.class),
                mock(IssueTypeSchemeManager.class), dates, new IssuePropertyStore(mock(JsonEntityPropertyManager.class)),
                mock(ApplicationProperties.class), mock(IssueConnections.class),
                new HandEditedFields(issueService, dates, projects, permissions, levels), mock(IssueComments.class),
                new ProjectMark(new EntityPropertiesInMemory()));
    }

    @Test
    public void anUpdateSetsOnlyTheFieldsItNamesInJirasOwnFormats() {
        IssueService.UpdateValidationResult valid = accepted();

        tracker.updateIssue("CHAOS-7", new IssueUpdate(Optional.of(List.of(new TextBlock.Paragraph("Roll back with *care*"))),
                Optional.of(LocalDate.of(2027, 3, 3)), Optional.of("10100")));

        verify(input).setDescription("Roll back with \\*care\\*");
        verify(input).setDueDate("picker:2027-03-03");
        verify(input).setSecurityLevelId(10100L);
        verify(input).setSkipScreenCheck(true);
        verify(issueService).update(alice, valid);
    }

    @Test
    public void anUpdateOfTheDueDateAloneLeavesDescriptionAndSecurityLevelAlone() {
        accepted();

        tracker.updateIssue("CHAOS-7", new IssueUpdate(Optional.empty(), Optional.of(LocalDate.of(2027, 3, 3)), Optional.empty()));

        verify(input).setDueDate("picker:2027-03-03");
        verify(input, never()).setDescription(any());
        verify(input, never()).setSecurityLevelId(any());
    }

    @Test
    public void anEmptyUpdateAsksNothingOfJira() {
        tracker.updateIssue("CHAOS-7", new IssueUpdate(Optional.empty(), Optional.empty(), Optional.empty()));
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    public void anUpdateJiraRefusesIsRejectedInJirasWordsAndNothingIsWritten() {
        IssueService.UpdateValidationResult refused = refusal(IssueService.UpdateValidationResult.class,
                Map.of("duedate", "Due date must be in the format d/MMM/yy"), Set.of(ErrorCollection.Reason.VALIDATION_FAILED));
        when(issueService.validateUpdate(alice, 7L, input)).thenReturn(refused);

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.updateIssue("CHAOS-7",
                new IssueUpdate(Optional.empty(), Optional.of(LocalDate.of(2027, 3, 3)), Optional.empty())));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("updating CHAOS-7") && e.getMessage().contains("duedate: Due date must be"));
        verify(issueService, never()).update(any(), any());
    }

    @Test
    public void anUpdateWithoutTheEditPermissionIsForbidden() {
        IssueService.UpdateValidationResult refused = refusal(IssueService.UpdateValidationResult.class,
                Map.of(), Set.of(ErrorCollection.Reason.FORBIDDEN));
        when(issueService.validateUpdate(alice, 7L, input)).thenReturn(refused);

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.updateIssue("CHAOS-7",
                new IssueUpdate(Optional.empty(), Optional.empty(), Optional.of("10100"))));

        assertEquals(TrackerException.Kind.FORBIDDEN, e.kind());
        verify(issueService, never()).update(any(), any());
    }

    @Test
    public void aSecurityLevelIdThatIsNoNumberIsRejectedBeforeJiraIsAsked() {
        TrackerException e = assertThrows(TrackerException.class, () -> tracker.updateIssue("CHAOS-7",
                new IssueUpdate(Optional.empty(), Optional.empty(), Optional.of("Responders only"))));

        assertEquals(TrackerException.Kind.REJECTED, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("\"Responders only\" is not a Jira issue security level id"));
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    public void updatingAnIssueAliceCannotSeeSaysItIsNotFound() {
        IssueService.IssueResult missing = mock(IssueService.IssueResult.class);
        when(missing.isValid()).thenReturn(false);
        when(issueService.getIssue(alice, "CHAOS-99")).thenReturn(missing);

        TrackerException e = assertThrows(TrackerException.class, () -> tracker.updateIssue("CHAOS-99",
                new IssueUpdate(Optional.empty(), Optional.of(LocalDate.of(2027, 3, 3)), Optional.empty())));

        assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    public void theStateIsTheWikiDescriptionAssigneeDueDateAndSecurityLevelAsJiraHoldsThem() {
        when(experiment.getDescription()).thenReturn("h3. Rollback\nRestart the pods");
        ApplicationUser bob = mock(ApplicationUser.class);
        when(bob.getDisplayName()).thenReturn("Bob Jones");
        when(experiment.getAssignee()).thenReturn(bob);
        when(experiment.getDueDate()).thenReturn(Timestamp.valueOf("2027-03-03 00:00:00"));
        when(experiment.getSecurityLevelId()).thenReturn(10100L);

        IssueState state = tracker.state("CHAOS-7");

        assertEquals(new IssueState(Optional.of(new IssueDescription(SourceMarkup.WIKI, "h3. Rollback\nRestart the pods")),
                Optional.of("Bob Jones"), Optional.of(LocalDate.of(2027, 3, 3)), Optional.of("10100")), state);
    }

    @Test
    public void anIssueWithNothingSetHasAnEmptyState() {
        when(experiment.getSecurityLevelId()).thenReturn(null); // Jira's answer without a level (a mock's default is 0)
        assertEquals(new IssueState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), tracker.state("CHAOS-7"));
    }

    @Test
    public void theSecurityLevelsAreThoseOfTheProjectAliceMaySet() {
        when(permissions.hasPermission(ProjectPermissions.SET_ISSUE_SECURITY, project, alice)).thenReturn(true);
        IssueSecurityLevel responders = level(10100L, "Responders only");
        IssueSecurityLevel staff = level(10101L, "Staff");
        when(levels.getUsersSecurityLevels(project, alice)).thenReturn(List.of(responders, staff));

        assertEquals(List.of(new SecurityLevel("10100", "Responders only"), new SecurityLevel("10101", "Staff")),
                tracker.securityLevels("CHAOS"));
    }

    @Test
    public void withoutTheSetIssueSecurityPermissionTheProjectOffersNoLevel() {
        when(permissions.hasPermission(ProjectPermissions.SET_ISSUE_SECURITY, project, alice)).thenReturn(false);

        assertEquals(List.of(), tracker.securityLevels("CHAOS"));
        verifyNoInteractions(levels);
    }

    @Test
    public void theSecurityLevelsOfAProjectJiraDoesNotHaveAreNotFound() {
        TrackerException e = assertThrows(TrackerException.class, () -> tracker.securityLevels("NOSUCH"));
        assertEquals(TrackerException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage(), e.getMessage().contains("NOSUCH"));
    }

    private IssueService.UpdateValidationResult accepted() {
        IssueService.UpdateValidationResult valid = mock(IssueService.UpdateValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issueService.validateUpdate(alice, 7L, input)).thenReturn(valid);
        IssueService.IssueResult updated = mock(IssueService.IssueResult.class);
        when(updated.isValid()).thenReturn(true);
        when(issueService.update(alice, valid)).thenReturn(updated);
        return valid;
    }

    private static <R extends IssueService.IssueValidationResult> R refusal(Class<R> type, Map<String, String> fieldErrors,
            Set<ErrorCollection.Reason> reasons) {
        R refused = mock(type);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(errors.getErrors()).thenReturn(fieldErrors);
        when(errors.getReasons()).thenReturn(reasons);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        return refused;
    }

    private static IssueSecurityLevel level(long id, String name) {
        IssueSecurityLevel level = mock(IssueSecurityLevel.class);
        when(level.getId()).thenReturn(id);
        when(level.getName()).thenReturn(name);
        return level;
    }
}
