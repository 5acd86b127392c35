package com.atlassian.jira.security.plugin;

// Checked by use: ProjectPermissions (docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html) declares its constants of this type; constructor from the key text
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey key && key.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
