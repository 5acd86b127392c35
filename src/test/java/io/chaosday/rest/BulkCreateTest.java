package io.chaosday.rest;

import io.chaosday.tracker.jiraformat.IdentityProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.tracker.TrackerException;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static io.chaosday.rest.JiraFixtures.SPRING;
import static io.chaosday.rest.JiraFixtures.json;
import static io.chaosday.rest.JiraFixtures.tasks;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class BulkCreateTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    public void createdKeysAreMatchedToTheElementsJiraDidNotRefuse() throws Exception {
        List<BulkCreate.Outcome> outcomes = BulkCreate.read(tasks(3, "CHAOS-1"), mapper.readTree(json("dc/bulk-partial.json")));

        assertEquals(Optional.of("CHAOS-10"), outcomes.get(0).key());
        assertEquals(Optional.empty(), outcomes.get(1).key());
        assertEquals("duedate: Error parsing date string: 2025-13-01", outcomes.get(1).refusal());
        assertEquals(Optional.of("CHAOS-12"), outcomes.get(2).key());
    }

    @Test
    public void anAnswerThatDoesNotAddUpIsNotGuessedAt() throws Exception {
        TrackerException e = assertThrows(TrackerException.class,
                () -> BulkCreate.read(tasks(4, "CHAOS-1"), mapper.readTree(json("dc/bulk-partial.json"))));

        assertEquals(TrackerException.Kind.UNSUPPORTED, e.kind());
    }

    @Test
    public void theIdentityPropertyIsReadAsAnObjectOrAsJsonText() throws Exception {
        IssueIdentity kickoff = new IssueIdentity(SPRING, "kickoff/Team 1");

        assertEquals(Optional.of(kickoff), IdentityProperty.fromJson(mapper,
                mapper.readTree("{\"chaosDay\":\"spring\",\"item\":\"kickoff/Team 1\"}")));
        assertEquals(Optional.of(kickoff), IdentityProperty.fromJson(mapper,
                mapper.getNodeFactory().textNode("{\"chaosDay\":\"spring\",\"item\":\"kickoff/Team 1\"}")));
        assertEquals(Optional.empty(), IdentityProperty.fromJson(mapper, mapper.readTree("{\"chaosDay\":\"NOT A SLUG\",\"item\":\"x\"}")));
    }

    @Test
    public void anIssueWithoutItsPropertyIsStillRecognisedByItsIdentityLabel() {
        IssueIdentity kickoff = new IssueIdentity(SPRING, "kickoff/Team 1");
        TrackedIssue imported = new TrackedIssue("CHAOS-3", Optional.empty(), io.chaosday.tracker.IssueKind.TASK, "x",
                Optional.empty(), false, "To Do", Optional.empty(), Optional.empty(), java.util.Set.of(kickoff.label()),
                java.util.Map.of(), Optional.empty());

        assertTrue(imported.isFor(kickoff));
        assertFalse(imported.isFor(new IssueIdentity(SPRING, "kickoff/Team 2")));
    }
}
