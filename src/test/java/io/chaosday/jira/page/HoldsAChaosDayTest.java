package io.chaosday.jira.page;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import io.chaosday.jira.tracker.EntityPropertiesInMemory;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.tracker.ChaosDayId;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class HoldsAChaosDayTest {

    private final EntityPropertiesInMemory properties = new EntityPropertiesInMemory();
    private final ProjectMark marks = new ProjectMark(properties);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final HoldsAChaosDay condition = new HoldsAChaosDay(marks, projects);

    private static Project project(String key, long id) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        when(project.getId()).thenReturn(id);
        return project;
    }

    private void aChaosDayIn(long projectId) {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec("Chaos Day", LocalDate.parse("2027-03-10"),
                1, List.of("Team 1"), WorkingCalendar.mondayToFriday()));
        marks.write(mock(ApplicationUser.class), projectId, new ProjectMark.Mark(ChaosDayId.fromName("Chaos Day"), definition, Map.of()));
    }

    @Test
    public void theItemShowsInAProjectMarkedAsHoldingAChaosDay() {
        aChaosDayIn(10L);

        assertTrue(condition.shouldDisplay(Map.of("project", project("CHAOS", 10L))));
    }

    @Test
    public void theItemStaysHiddenInAProjectWithout() {
        aChaosDayIn(10L);

        assertFalse(condition.shouldDisplay(Map.of("project", project("OTHER", 11L))));
    }

    @Test
    public void theProjectKeyInTheContextIsEnough() {
        aChaosDayIn(10L);
        Project chaos = project("CHAOS", 10L);
        when(projects.getProjectObjByKey("CHAOS")).thenReturn(chaos);

        assertTrue(condition.shouldDisplay(Map.of("projectKey", "CHAOS")));
    }

    @Test
    public void withoutAProjectInTheContextTheItemIsHidden() {
        assertFalse(condition.shouldDisplay(Map.of()));
    }

    @Test
    public void aMarkThisReleaseCannotReadHidesTheItemInsteadOfBreakingTheSidebar() {
        properties.put(null, "ProjectProperty", 10L, ProjectMark.KEY, "{not json", null, false);

        assertFalse(condition.shouldDisplay(Map.of("project", project("CHAOS", 10L))));
    }

    @Test
    public void writingTheSameMarkAgainWritesNothing() {
        aChaosDayIn(10L);
        aChaosDayIn(10L);

        assertEquals(1, properties.writes);
    }
}
