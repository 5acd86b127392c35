package io.chaosday.jira.tracker;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;
import io.chaosday.tracker.RemoteLink;
import java.util.List;

/** The plugin's tracker keeps the port's promises over Jira's services, judged by what it leaves in them. */
public class JiraJavaTrackerContractTest extends IssueTrackerContract {

    private JiraServicesInMemory jira;

    @Override
    protected IssueTracker trackerWithAnEmptyProject() {
        jira = new JiraServicesInMemory();
        return jira.tracker();
    }

    @Override
    protected void markDone(String issueKey) {
        jira.markDone(issueKey);
    }

    @Override
    protected void removeIdentityProperty(String issueKey) {
        jira.removeIdentityProperty(issueKey);
    }

    @Override
    protected Person aKnownPerson() {
        jira.links.person("alice", "Alice Example");
        return new Person("alice", "Alice Example");
    }

    @Override
    protected List<RemoteLink> remoteLinksOf(String issueKey) {
        return jira.links.remoteLinksOf(jira.idOf(issueKey));
    }

    @Override
    protected List<String> linkedKeysOf(String issueKey) {
        return jira.links.linkedIds(jira.idOf(issueKey)).stream().map(jira::keyOf).toList();
    }

    @Override
    protected String offerASecurityLevel(String name) {
        return jira.offerSecurityLevel(name);
    }

    @Override
    protected void forgetPerson(String name) {
        jira.links.forget(name);
    }

    /** Properties are read in this process, from Jira's own store. */
    @Override
    protected boolean searchOfThisJiraCarriesProperties() {
        return true;
    }
}
