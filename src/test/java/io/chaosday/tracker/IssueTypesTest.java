package io.chaosday.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Both trackers choose a project's issue types and tell an issue's kind by these rules. */
public class IssueTypesTest {

    private static final IssueTypes.Offered EPIC = new IssueTypes.Offered("1", "Epic", true, true);
    private static final IssueTypes.Offered STORY = new IssueTypes.Offered("2", "Story", false, true);
    private static final IssueTypes.Offered TASK = new IssueTypes.Offered("3", "Task", false, true);
    private static final IssueTypes.Offered SUBTASK = new IssueTypes.Offered("4", "Sub-task", false, false);
    private static final IssueTypes.Offered EXPERIMENT = new IssueTypes.Offered("5", "experiment", false, true);

    @Test
    public void taskIsPreferredAndAnOrdinaryTypeStandsInWhereThereIsNone() {
        assertEquals(new IssueTypes("1", "3", Optional.empty()), IssueTypes.choose("CHAOS", List.of(SUBTASK, STORY, EPIC, TASK)));
        assertEquals(new IssueTypes("1", "2", Optional.empty()), IssueTypes.choose("CHAOS", List.of(SUBTASK, STORY, EPIC)));
    }

    @Test
    public void theTypesATemplateCreatedAreChosenByIdWhateverTheyAreNamed() {
        IssueTypes.Offered aufgabe = new IssueTypes.Offered("7", "Aufgabe", false, true);
        IssueTypes.Offered versuch = new IssueTypes.Offered("8", "Versuch", false, true);

        assertEquals(new IssueTypes("1", "7", Optional.of("8")), IssueTypes.choose("CHAOS", List.of(EPIC, TASK, EXPERIMENT, aufgabe, versuch),
                Optional.of("7"), Optional.of("8")));
        assertEquals("a created type the project no longer has is not used", new IssueTypes("1", "7", Optional.empty()),
                IssueTypes.choose("CHAOS", List.of(EPIC, TASK, EXPERIMENT, aufgabe), Optional.of("7"), Optional.of("8")));
        assertEquals("without the created task type, the names decide", IssueTypes.choose("CHAOS", List.of(EPIC, TASK, EXPERIMENT)),
                IssueTypes.choose("CHAOS", List.of(EPIC, TASK, EXPERIMENT), Optional.of("7"), Optional.of("8")));
    }

    @Test
    public void anExperimentIsATaskWithTheLabelWhereTheProjectHasNoExperimentType() {
        IssueTypes plain = IssueTypes.choose("CHAOS", List.of(EPIC, TASK));
        IssueTypes own = IssueTypes.choose("CHAOS", List.of(EPIC, TASK, EXPERIMENT));

        assertEquals("3", plain.idFor(IssueKind.EXPERIMENT));
        assertEquals("5", own.idFor(IssueKind.EXPERIMENT));
        assertEquals(IssueKind.EXPERIMENT, IssueTypes.kindOf(false, "Task", List.of(IssueTypes.EXPERIMENT_LABEL)));
        assertEquals(IssueKind.EXPERIMENT, IssueTypes.kindOf(false, "Experiment", List.of()));
        assertEquals(IssueKind.TASK, IssueTypes.kindOf(false, "Task", List.of("chaos-day-x")));
        assertEquals(IssueKind.EPIC, IssueTypes.kindOf(true, "Epic", List.of(IssueTypes.EXPERIMENT_LABEL)));
    }

    @Test
    public void aProjectWithoutAnEpicOrATaskTypeIsUnsupportedAndSaysWhatIsMissing() {
        TrackerException noEpic = assertThrows(TrackerException.class, () -> IssueTypes.choose("CHAOS", List.of(TASK)));
        TrackerException noTask = assertThrows(TrackerException.class, () -> IssueTypes.choose("CHAOS", List.of(EPIC, SUBTASK)));

        assertTrue(noEpic.getMessage(), noEpic.getMessage().contains("no Epic issue type in project CHAOS"));
        assertTrue(noTask.getMessage(), noTask.getMessage().contains("add the Task issue type"));
    }

    @Test
    public void onlyTheDoneCategoryCountsAsDone() {
        assertTrue(IssueTypes.done("done"));
        assertEquals(false, IssueTypes.done("indeterminate"));
    }
}
