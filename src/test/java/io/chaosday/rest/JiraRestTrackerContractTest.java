package io.chaosday.rest;

import io.chaosday.http.RestClient;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;
import io.chaosday.tracker.RemoteLink;
import java.util.List;
import java.util.Map;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.WantedProperty;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.After;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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

    /** Data Center's search cannot return properties (JRASERVER-62898); the local Jira is Data Center. */
    @Override
    protected boolean searchOfThisJiraCarriesProperties() {
        return false;
    }

    @Test
    public void onDataCenterASearchAskingForAPropertyReadsItIssueByIssueWhichIsWhyTheTrackerSaysSo() {
        IssueTracker tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
        ChaosDayId day = new ChaosDayId("payments-chaos-day");
        List<NewIssue> tickets = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new NewIssue(new IssueIdentity(day, "kickoff/Team-" + n), IssueKind.TASK, "Kick off " + n, List.of(),
                        Optional.empty(), List.of("chaos-day"), Optional.empty()))
                .toList();
        tracker.createIssues(PROJECT, tickets, Progress.SILENT);
        List<WantedProperty> page = List.of(WantedProperty.onAnyItem(IssueProperties.PAGE));
        tracker.findIssues(PROJECT, day.label(), page); // the adapter's own look-ups (the fields) done once
        jira.resetCount();

        tracker.findIssues(PROJECT, day.label(), page);

        assertFalse(tracker.searchCarriesProperties());
        assertEquals(jira.log().toString(), 3,
                jira.log().stream().filter(r -> r.startsWith("GET ") && r.endsWith("/properties/" + IssueProperties.PAGE)).count());
    }

    @After
    public void stopJira() {
        jira.close();
    }
}
