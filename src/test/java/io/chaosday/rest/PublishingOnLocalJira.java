package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.site.JiraSite;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.PublishReviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/** A Chaos Day of project CHAOS published as the command does, from the local Jira to the local Confluence, both Data Center. */
final class PublishingOnLocalJira {

    private PublishingOnLocalJira() {
    }

    /** Publishes the named Chaos Day, on 2027-03-20; the report of what happened to each page. */
    static PublishReviews.Report publish(LocalJira jira, LocalConfluence confluence, String name) {
        JiraRestTracker tracker = tracker(jira);
        var wiki = ConfluenceRestWiki.over(RestClient.builder(confluence.base(), Secrets.BEARER).build(),
                ConfluenceSite.Deployment.DATA_CENTER);
        return new PublishReviews(tracker, new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example"))))
                .publish("CHAOS", ChaosDayFinder.forPublishing(tracker).findByName("CHAOS", Optional.of(name)), name, wiki,
                        new PublishReviews.Target("CHAOS", Optional.empty(), false, false), LocalDate.parse("2027-03-20"),
                        Progress.SILENT, PublishReviews.Events.NONE);
    }

    /** The REST tracker over the local Jira, as a person with a token reaches it. */
    static JiraRestTracker tracker(LocalJira jira) {
        return JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
    }
}
