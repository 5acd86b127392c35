package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;
import io.chaosday.tracker.RemoteLink;
import java.util.List;
import java.util.Map;
import org.junit.After;

/** The command line's tracker keeps the port's promises over REST, against a local Jira Data Center. */
public class JiraRestTrackerContractTest extends IssueTrackerContract {

    private LocalJira jira;

    @Override
    protected IssueTracker trackerWithAnEmptyProject() {
        try {
            jira = new LocalJira(0).withOnlyProjects(PROJECT);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
    }

    @Override
    protected void markDone(String issueKey) {
        jira.markDone(issueKey);
    }

    @Override
    protected void removeIdentityProperty(String issueKey) {
        jira.removeProperty(issueKey, io.chaosday.tracker.IssueIdentity.PROPERTY_KEY);
    }

    @Override
    protected Person aKnownPerson() {
        jira.withPeople(Map.of("alice", "Alice Example"));
        return new Person("alice", "Alice Example");
    }

    @Override
    protected List<RemoteLink> remoteLinksOf(String issueKey) {
        return jira.remoteLinks(issueKey);
    }

    @Override
    protected List<String> linkedKeysOf(String issueKey) {
        return jira.linkedKeys(issueKey);
    }

    @Override
    protected String offerASecurityLevel(String name) {
        return jira.offerSecurityLevel(name);
    }

    @Override
    protected void forgetPerson(String name) {
        jira.strangers.add(name);
    }

    @After
    public void stopJira() {
        jira.close();
    }
}
