package io.chaosday.jira.rest;

import com.atlassian.oai.validator.model.Request;
import io.chaosday.jira.page.PageAnswers;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The OpenAPI document itself, and the answers the page's script is written for. */
public class ChaosDayRestContractTest {

    private final ChaosDayRestContract contract = new ChaosDayRestContract();

    @Test
    public void theDocumentParsesWithoutComplaint() {
        assertEquals(List.of(), ChaosDayRestContract.parserMessages());
        assertEquals(8, ChaosDayRestContract.document().getPaths().size());
    }

    @Test
    public void theAnswersThePagesScriptShowsAreTheOnesTheDocumentPromises() {
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true",
                "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Payments\"]}", 200, PageAnswers.RESCHEDULE);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"CHAOS\"}", 200,
                PageAnswers.PUBLISH);
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/ready", null, 200, PageAnswers.READY);
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/ready", null, 200, PageAnswers.READY_GO);
        contract.assertAccepts(Request.Method.GET, "/project/CHAOS/day", null, 200, PageAnswers.DAY);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/experiments/CHAOS-20/log", "{\"kind\":\"start\"}", 200,
                PageAnswers.STARTED);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/experiments/CHAOS-19/log",
                "{\"kind\":\"recovered\",\"text\":\"Fail-over done\",\"at\":\"10:26\"}", 200, PageAnswers.LOGGED);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/experiments/CHAOS-19/log", "{\"kind\":\"stop\"}", 200,
                PageAnswers.STOPPED);
    }

    @Test
    public void aRunLogEntryOfNoKnownKindOrAtATimeThatIsNotOneIsCaught() {
        assertTrue(contract.check(Request.Method.POST, "/project/CHAOS/experiments/CHAOS-19/log", "{\"kind\":\"paused\"}", 200,
                PageAnswers.STOPPED).hasErrors());
        assertTrue(contract.check(Request.Method.POST, "/project/CHAOS/experiments/CHAOS-19/log",
                "{\"kind\":\"note\",\"text\":\"x\",\"at\":\"9:5\"}", 200, PageAnswers.STOPPED).hasErrors());
    }

    @Test
    public void anAnswerMissingWhatThePageReadsIsCaught() {
        String noMoves = PageAnswers.RESCHEDULE.replace("\"moves\":", "\"moved\":");

        assertTrue(contract.check(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true",
                "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Payments\"]}", 200, noMoves).hasErrors());
    }

    @Test
    public void aRequestWithAFieldTheDocumentDoesNotKnowIsCaught() {
        assertTrue(contract.check(Request.Method.PUT, "/project/CHAOS/definition",
                "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Payments\"],\"colour\":\"red\"}", 200, PageAnswers.RESCHEDULE)
                .hasErrors());
    }
}
