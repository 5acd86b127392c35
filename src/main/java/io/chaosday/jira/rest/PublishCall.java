package io.chaosday.jira.rest;

import io.chaosday.jira.link.ConfluenceAuthorisationRequired;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.link.ConfluenceForPublishing;
import io.chaosday.jira.rest.ChaosDayCalls.Answer;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.tracker.Wiki;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.PublishReviews;

import java.net.URI;

/** Publishing the review pages to Confluence, as long work; where to is checked before it starts. */
record PublishCall(LongWork longWork, ConfluenceForPublishing confluence, HostJira jira) {

    static final String PUBLISH = "publish";

    Answer publish(String projectKey, String body) {
        return longWork.inBackground(projectKey, "publishing the review pages", PUBLISH, project -> {
            PublishReviews.Target target = PublishInput.read(RequestBody.parse(body));
            ConfluenceConnections.Target where = confluence.target();
            if (where.state() == ConfluenceConnections.State.AUTHORISATION_NEEDED) {
                throw new ConfluenceAuthorisationRequired(where.url(), where.name());
            }
            // Through the link each person publishes as themselves; through the token, as its owner: only where allowed.
            if (where.state() == ConfluenceConnections.State.FALLBACK && !confluence.fallbackSpaces().contains(target.spaceKey())) {
                throw new CallFailure.SpaceNotAllowed(target.spaceKey());
            }
            Wiki wiki = confluence.wiki().orElseThrow(CallFailure.NoConfluence::new);
            URI site = jira.address();
            return progress -> {
                ChaosDayIssues found = jira.withCardsAndPages(project);
                PublishReviews publish = new PublishReviews(jira.tracker(), new ConfluencePages(JiraSite.unlinked(site)));
                return new AnswerJson(site).publish(publish.publish(project.getKey(), found, found.name(), wiki, target, jira.today(),
                        progress, PublishReviews.Events.NONE));
            };
        });
    }
}
