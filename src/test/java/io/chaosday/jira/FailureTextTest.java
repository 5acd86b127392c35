package io.chaosday.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.chaosday.plan.PlanProblem;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowFailure;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.Test;

/** Every failure the engine can raise has words in the plugin's i18n file, with the facts in them. */
public class FailureTextTest {

    @Test
    public void everyWorkflowFailureAndPlanProblemHasAnI18nMessage() throws Exception {
        Properties i18n = i18n();
        int checked = 0;
        for (Class<?> kind : List.of(WorkflowFailure.class, PlanProblem.class)) {
            for (Class<?> failure : kind.getPermittedSubclasses()) {
                Object value = instance(failure);
                FailureText.Message message = value instanceof WorkflowFailure f ? FailureText.of(f) : FailureText.of((PlanProblem) value);
                assertTrue(failure.getSimpleName() + " has " + message.key(), i18n.containsKey(message.key()));
                String text = MessageFormat.format(i18n.getProperty(message.key()), message.arguments().toArray());
                assertTrue(text, !text.contains("{"));
                checked++;
            }
        }
        assertTrue("every kind was checked: " + checked, checked >= 19);
    }

    @Test
    public void aTrackerFailureKeepsJirasOwnWords() {
        FailureText.Message message = FailureText.of(new TrackerException(TrackerException.Kind.REJECTED, "Jira refused creating X: Summary is required"));
        assertEquals("chaosday.failure.tracker", message.key());
        assertEquals(List.of("Jira refused creating X: Summary is required"), message.arguments());
    }

    private static Object instance(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(types[i]);
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object sample(Class<?> type) {
        if (type == int.class) {
            return 7;
        }
        if (type == List.class) {
            return List.of("a", "b");
        }
        if (type == URI.class) {
            return URI.create("https://wiki.example.com/x");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2027, 3, 13);
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.of("123456");
        }
        return "text";
    }

    private static Properties i18n() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = FailureTextTest.class.getResourceAsStream("/i18n/chaosday.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
