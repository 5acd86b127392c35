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

    /** Data Center's search cannot return properties (JRASERVER-62898); the local Jira is Data Center. */
    @Override
    protected boolean searchOfThisJiraCarriesProperties() {
        return false;
    }

    @org.junit.Test
    public void onDataCenterASearchAskingForAPropertyReadsItIssueByIssueWhichIsWhyTheTrackerSaysSo() {
        IssueTracker tracker = JiraRestTracker.connect(RestClient.builder(jira.base(), Secrets.BEARER).build());
        io.chaosday.tracker.ChaosDayId day = new io.chaosday.tracker.ChaosDayId("payments-chaos-day");
        List<io.chaosday.tracker.NewIssue> tickets = java.util.stream.IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new io.chaosday.tracker.NewIssue(new io.chaosday.tracker.IssueIdentity(day, "kickoff/Team-" + n),
                        io.chaosday.tracker.IssueKind.TASK, "Kick off " + n, List.of(), java.util.Optional.empty(), List.of("chaos-day"),
                        java.util.Optional.empty()))
                .toList();
        tracker.createIssues(PROJECT, tickets, io.chaosday.tracker.Progress.SILENT);
        List<io.chaosday.tracker.WantedProperty> page = List.of(io.chaosday.tracker.WantedProperty.onAnyItem(
                io.chaosday.tracker.IssueProperties.PAGE));
        tracker.findIssues(PROJECT, day.label(), page); // the adapter's own look-ups (fields, epic fields) done once
        jira.resetCount();

        tracker.findIssues(PROJECT, day.label(), page);

        org.junit.Assert.assertFalse(tracker.searchCarriesProperties());
        org.junit.Assert.assertEquals(jira.log().toString(), 3,
                jira.log().stream().filter(r -> r.startsWith("GET ") && r.contains("/properties/io.chaosday.page")).count());
    }

    @After
    public void stopJira() {
        jira.close();
    }
}
