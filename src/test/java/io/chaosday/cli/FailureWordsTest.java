package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class FailureWordsTest {

    @Test
    public void everyPlanProblemHasOneLineOfWords() throws ReflectiveOperationException {
        for (Class<?> type : PlanProblem.class.getPermittedSubclasses()) {
            String words = FailureWords.of((PlanProblem) example(type));
            assertOneLine(type, words);
        }
    }

    @Test
    public void everyWorkflowFailureHasOneLineOfWords() throws ReflectiveOperationException {
        for (Class<?> type : WorkflowFailure.class.getPermittedSubclasses()) {
            String words = FailureWords.of((WorkflowFailure) example(type));
            assertOneLine(type, words);
        }
    }

    @Test
    public void theFactsAreWordedWithTheOptionThatFixesThem() {
        assertEquals("project CHAOS has 2 Chaos Days (Payments, Search); choose one with --name or CHAOSDAY_NAME",
                FailureWords.message(new WorkflowException(new WorkflowFailure.SeveralChaosDays("CHAOS", List.of("Payments", "Search")))));
        assertEquals("the Chaos Day 2027-03-13 (Saturday) is not a working day; the next working day is 2027-03-15 (Monday)",
                FailureWords.message(new InvalidPlanException(new PlanProblem.NotAWorkingDay(
                        LocalDate.parse("2027-03-13"), LocalDate.parse("2027-03-15")))));
        assertEquals("--days must be between 1 and 5 working days, not 9",
                FailureWords.message(new InvalidPlanException(new PlanProblem.DaysOutOfRange(9, 5))));
        assertEquals("plan.yaml line 2: not valid YAML (x)",
                FailureWords.message(new InvalidPlanException(new PlanProblem.InFile("plan.yaml line 2", "not valid YAML (x)"))));
    }

    @Test
    public void failuresTheEngineDoesNotTypeKeepTheirOwnMessage() {
        assertEquals("give either --file or --title, not both",
                FailureWords.message(new UsageException("give either --file or --title, not both")));
    }

    private static void assertOneLine(Class<?> type, String words) {
        assertFalse(type.getSimpleName() + " has no words", words == null || words.isBlank());
        assertFalse(type.getSimpleName() + ": " + words, words.contains("\n"));
        assertFalse(type.getSimpleName() + " shows its raw facts: " + words, words.contains(type.getSimpleName() + "["));
    }

    /** A failure of the given record type, with a plain value for each fact. */
    private static Object example(Class<?> type) throws ReflectiveOperationException {
        assertTrue(type + " is a record", type.isRecord());
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values.add(valueOf(types[i]));
        }
        return type.getDeclaredConstructor(types).newInstance(values.toArray());
    }

    private static Object valueOf(Class<?> type) {
        if (type == int.class) {
            return 3;
        }
        if (type == String.class) {
            return "CHAOS";
        }
        if (type == LocalDate.class) {
            return LocalDate.parse("2027-03-13");
        }
        if (type == URI.class) {
            return URI.create("https://wiki.example/pages/1");
        }
        if (type == List.class) {
            return List.of("Payments", "Search");
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.of("123456");
        }
        throw new AssertionError("add an example value for " + type);
    }
}
