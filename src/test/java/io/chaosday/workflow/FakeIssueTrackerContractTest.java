package io.chaosday.workflow;

import io.chaosday.tracker.IssueTracker;
import io.chaosday.tracker.IssueTrackerContract;
import io.chaosday.tracker.RemoteLink;
import io.chaosday.tracker.SecurityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The in-memory tracker the engine's tests use keeps the port's promises too. */
public class FakeIssueTrackerContractTest extends IssueTrackerContract {

    private FakeIssueTracker jira;

    @Override
    protected IssueTracker trackerWithAnEmptyProject() {
        jira = new FakeIssueTracker().withProject(PROJECT);
        return jira;
    }

    @Override
    protected void markDone(String issueKey) {
        jira.markDone(jira.issues.get(issueKey).identity().orElseThrow().item().key());
    }

    @Override
    protected void removeIdentityProperty(String issueKey) {
        jira.removeIdentityProperty(issueKey);
    }

    @Override
    protected Person aKnownPerson() {
        return new Person("Alice", "Alice");
    }

    @Override
    protected List<RemoteLink> remoteLinksOf(String issueKey) {
        return List.copyOf(jira.remoteLinks.getOrDefault(issueKey, Map.of()).values());
    }

    @Override
    protected List<String> linkedKeysOf(String issueKey) {
        List<String> linked = new ArrayList<>();
        for (String relation : jira.relations) {
            String[] keys = relation.split("~");
            if (keys[0].equals(issueKey)) {
                linked.add(keys[1]);
            } else if (keys[1].equals(issueKey)) {
                linked.add(keys[0]);
            }
        }
        return linked;
    }

    @Override
    protected String offerASecurityLevel(String name) {
        jira.securityLevels.put(PROJECT, List.of(new SecurityLevel("10100", name)));
        return "10100";
    }

    @Override
    protected void forgetPerson(String name) {
        jira.users.remove(name);
    }

    /** As Cloud, unless a test makes it search as Data Center does. */
    @Override
    protected boolean searchOfThisJiraCarriesProperties() {
        return true;
    }
}
