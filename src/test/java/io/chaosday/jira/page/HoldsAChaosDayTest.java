package io.chaosday.jira.page;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.FakeIssueTracker;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class HoldsAChaosDayTest {

    private final FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS").withProject("OTHER");
    private final ProjectManager projects = mock(ProjectManager.class);

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    private void aChaosDayIn(String key) {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"),
                1, List.of("Team 1"), WorkingCalendar.mondayToFriday()));
        new CreateChaosDay(jira).run(new CreateChaosDay.Request(key, Optional.empty(), definition, false), Progress.SILENT);
    }

    @Test
    public void theItemShowsInAProjectHoldingAChaosDay() {
        aChaosDayIn("CHAOS");

        assertTrue(new HoldsAChaosDay(jira, projects).shouldDisplay(Map.of("project", project("CHAOS"))));
    }

    @Test
    public void theItemStaysHiddenInAProjectWithout() {
        aChaosDayIn("CHAOS");

        assertFalse(new HoldsAChaosDay(jira, projects).shouldDisplay(Map.of("project", project("OTHER"))));
    }

    @Test
    public void theProjectKeyInTheContextIsEnough() {
        aChaosDayIn("CHAOS");
        Project chaos = project("CHAOS");
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(chaos);

        assertTrue(new HoldsAChaosDay(jira, projects).shouldDisplay(Map.of("projectKey", "CHAOS")));
    }

    @Test
    public void withoutAProjectInTheContextTheItemIsHidden() {
        assertFalse(new HoldsAChaosDay(jira, projects).shouldDisplay(Map.of()));
    }

    @Test
    public void aSearchJiraRefusesHidesTheItemInsteadOfBreakingTheSidebar() {
        IssueTracker failing = mock(IssueTracker.class);
        when(failing.countIssues(anyString(), anyString()))
                .thenThrow(new TrackerException(TrackerException.Kind.FORBIDDEN, "search refused"));

        assertFalse(new HoldsAChaosDay(failing, projects).shouldDisplay(Map.of("project", project("CHAOS"))));
    }
}
