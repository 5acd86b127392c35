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
        assertEquals(7, ChaosDayRestContract.document().getPaths().size());
    }

    @Test
    public void theAnswersThePagesScriptShowsAreTheOnesTheDocumentPromises() {
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/reschedule?dryRun=true",
                "{\"chaosDay\":\"2027-03-17\",\"teams\":[\"Payments\"]}", 200, PageAnswers.RESCHEDULE);
        contract.assertAccepts(Request.Method.POST, "/project/CHAOS/publish", "{\"spaceKey\":\"CHAOS\"}", 200,
                PageAnswers.PUBLISH);
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
