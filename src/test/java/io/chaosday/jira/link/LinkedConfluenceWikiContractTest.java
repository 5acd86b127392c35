package io.chaosday.jira.link;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.http.Timeouts;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.tracker.Wiki;
import io.chaosday.tracker.WikiContract;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.After;

/** The plugin's wiki keeps the port's promises through an application link, against a local Confluence Data Center. */
public class LinkedConfluenceWikiContractTest extends WikiContract {

    private LocalConfluence confluence;

    @Override
    protected Wiki wikiWithAnEmptySpace() {
        try {
            confluence = new LocalConfluence();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Timeouts timeouts = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
        HttpBackedLinkRequests link = new HttpBackedLinkRequests(confluence.base(),
                URI.create("https://jira.example.com/plugins/servlet/applinks/oauth/login-dance/authorize"));
        RestClient client = RestClient.builder(confluence.base(), new Credentials.ApplicationLink("Team wiki"))
                .transport(new ApplicationLinkTransport(link, "Team wiki", timeouts)).timeouts(timeouts).sleeper(wait -> { }).build();
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
