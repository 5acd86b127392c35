package io.chaosday.rest.confluence;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiContract;
import java.io.IOException;
import org.junit.After;

/** The command line's wiki keeps the port's promises over REST with a token, against a local Confluence Data Center. */
public class ConfluenceRestWikiContractTest extends WikiContract {

    private LocalConfluence confluence;

    @Override
    protected Wiki wikiWithAnEmptySpace() {
        try {
            confluence = new LocalConfluence();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        RestClient client = RestClient.builder(confluence.base(), new Credentials.Bearer("t", "test")).sleeper(wait -> { }).build();
        return ConfluenceRestWiki.over(client, ConfluenceSite.Deployment.DATA_CENTER);
    }

    @Override
    protected void editByPerson(String pageId, String who, String storage) {
        confluence.editByPerson(pageId, who, storage);
    }

    @After
    public void stopConfluence() {
        confluence.close();
    }
}
