package com.atlassian.jira.issue.search;

import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

// Checked: jira-api's SearchRequest, a saved filter: SearchRequest(Query, ApplicationUser owner, String name,
// String description), getId() (null until saved), setPermissions(SharedEntity.SharePermissions) as Atlassian's importers
// plugin shares a board's filter. ASSUMED: the four-argument constructor with ApplicationUser (Jira 7+, where owners
// became ApplicationUser); only what the plugin calls is declared. A working stand-in for tests.
public class SearchRequest implements SharedEntity {

    private Long id;
    private final Query query;
    private final ApplicationUser owner;
    private final String name;
    private final String description;
    private SharedEntity.SharePermissions permissions = SharedEntity.SharePermissions.PRIVATE;

    public SearchRequest(Query query, ApplicationUser owner, String name, String description) {
        this.query = query;
        this.owner = owner;
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    /** Set by Jira when the filter is saved; tests' fakes call it. */
    public void setId(Long id) {
        this.id = id;
    }

    public Query getQuery() {
        return query;
    }

    public ApplicationUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public SharedEntity.SharePermissions getPermissions() {
        return permissions;
    }

    public void setPermissions(SharedEntity.SharePermissions permissions) {
        this.permissions = permissions;
    }
}
