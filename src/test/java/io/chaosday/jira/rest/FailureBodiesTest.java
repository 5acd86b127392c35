package io.chaosday.jira.rest;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.jira.link.ConfluenceAuthorisationRequired;
import io.chaosday.jira.page.PropertiesI18n;
import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.tracker.TrackerException;
import io.chaosday.workflow.WorkflowException;
import io.chaosday.workflow.WorkflowFailure;
import org.junit.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class FailureBodiesTest {

    private final PropertiesI18n i18n = new PropertiesI18n();
    private final FailureBodies bodies = new FailureBodies(i18n::getText);
    private final ChaosDayRestContract contract = new ChaosDayRestContract();

    private static String json(ErrorBody body) {
        ObjectNode node = new ObjectMapper().createObjectNode().put("status", body.status()).put("code", body.code())
                .put("message", body.message());
        body.field().ifPresent(field -> node.put("field", field));
        body.authorisationUri().ifPresent(uri -> node.put("authorisationUri", uri.toString()));
        return node.toString();
    }

    @Test
    public void aDateThatIsNotAWorkingDayIsBadInputNamingTheFieldAndTheNextWorkingDay() {
        ErrorBody body = bodies.of(new InvalidPlanException(new PlanProblem.NotAWorkingDay(LocalDate.parse("2027-03-13"),
                LocalDate.parse("2027-03-15")))).orElseThrow();

        assertEquals(400, body.status());
        assertEquals(Optional.of("chaosDay"), body.field());
        assertTrue(body.message(), body.message().startsWith("2027-03-13 is not a working day") && body.message().contains("2027-03-15"));
        contract.assertAccepts(Request.Method.PUT, "/project/CHAOS/definition",
                "{\"chaosDay\":\"2027-03-13\",\"teams\":[\"Payments\"]}", 400, json(body));
    }

    @Test
    public void aProjectWithoutAChaosDayIsNotFound() {
        ErrorBody body = bodies.of(new WorkflowException(new WorkflowFailure.NoChaosDay("CHAOS"))).orElseThrow();

        assertEquals(404, body.status());
        assertTrue(body.message(), body.message().startsWith("Project CHAOS has no Chaos Day"));
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/status", null, 404, json(body));
    }

    @Test
    public void aNameTooLongForJiraIsBadInputNotAConflict() {
        ErrorBody body = bodies.of(new WorkflowException(new WorkflowFailure.TooLongForJira("summary", "review/Team 1", 301, 255)))
                .orElseThrow();

        assertEquals(400, body.status());
        assertEquals(ErrorBody.INVALID_REQUEST, body.code());
        assertTrue(body.message(), body.message().startsWith("The summary of the issue for \"review/Team 1\" would be 301 characters"));
        contract.assertAccepts(Request.Method.PUT, "/project/CHAOS/definition",
                "{\"chaosDay\":\"2027-03-10\",\"teams\":[\"Team 1\"]}", 400, json(body));
    }

    @Test
    public void anUnauthorisedLinkIsAConflictCarryingTheAuthorisationAddress() {
        URI authorise = URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1");

        ErrorBody body = bodies.of(new ConfluenceAuthorisationRequired(authorise, "Team wiki")).orElseThrow();

        assertEquals(409, body.status());
        assertEquals(ErrorBody.CONFLUENCE_AUTHORISATION_REQUIRED, body.code());
        assertEquals(Optional.of(authorise), body.authorisationUri());
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"CHAOS\"}", 409, json(body));
    }

    @Test
    public void confluenceRefusingIsABadGatewayInConfluencesWords() {
        ErrorBody body = bodies.of(new TrackerException(TrackerException.Kind.FORBIDDEN,
                "Creating page \"Lessons\" in space CHAOS was refused (403)")).orElseThrow();

        assertEquals(502, body.status());
        assertTrue(body.message(), body.message().endsWith("was refused (403)"));
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"CHAOS\"}", 502, json(body));
    }

    @Test
    public void permissionLockAndMissingConfluenceHaveTheirOwnCodes() {
        assertEquals(403, bodies.forbidden(true, "CHAOS").status());
        assertTrue(bodies.forbidden(true, "CHAOS").message().contains("Only administrators of project CHAOS"));
        assertEquals(ErrorBody.BUSY, bodies.busy("CHAOS").code());
        assertEquals(ErrorBody.CONFLUENCE_NOT_CONFIGURED, bodies.confluenceNotConfigured().code());
        for (ErrorBody body : List.of(bodies.forbidden(false, "CHAOS"), bodies.busy("CHAOS"), bodies.confluenceNotConfigured())) {
            contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"CHAOS\"}", body.status(), json(body));
        }
    }

    @Test
    public void everyPlanProblemAndWorkflowFailureHasAMessage() {
        List<RuntimeException> failures = List.of(
                new InvalidPlanException(new PlanProblem.MissingName()), new InvalidPlanException(new PlanProblem.NoTeams()),
                new InvalidPlanException(new PlanProblem.TooManyTeams(101, 100)),
                new InvalidPlanException(new PlanProblem.TeamCountOutOfRange(0, 100)),
                new InvalidPlanException(new PlanProblem.BlankTeamName()),
                new InvalidPlanException(new PlanProblem.TeamNamedTwice("Search")),
                new InvalidPlanException(new PlanProblem.TooFewDays(0)),
                new InvalidPlanException(new PlanProblem.DaysOutOfRange(9, 5)),
                new InvalidPlanException(new PlanProblem.NoWorkingDays()),
                new InvalidPlanException(new PlanProblem.InFile("plan", "bad")),
                new WorkflowException(new WorkflowFailure.ProjectNotFound("X")),
                new WorkflowException(new WorkflowFailure.SeveralChaosDays("X", List.of("A", "B"))),
                new WorkflowException(new WorkflowFailure.NoExecuteEpic("X")),
                new WorkflowException(new WorkflowFailure.NoReviewTickets("X")),
                new WorkflowException(new WorkflowFailure.NoSuchExperiment("X-1")),
                new WorkflowException(new WorkflowFailure.PageTitleTaken("T", "S", URI.create("https://wiki.example.com/x"))),
                new WorkflowException(new WorkflowFailure.UnreadableDescription("not ADF")));

        for (RuntimeException failure : failures) {
            ErrorBody body = bodies.of(failure).orElseThrow();
            assertTrue(failure + ": " + body.message(), !body.message().isBlank() && !body.message().contains("{"));
        }
    }

    @Test
    public void anythingElseIsNotWordedAsAnExpectedFailure() {
        assertTrue(bodies.of(new IllegalStateException("a bug")).isEmpty());
    }
}
