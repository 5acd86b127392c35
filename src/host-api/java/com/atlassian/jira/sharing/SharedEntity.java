package com.atlassian.jira.sharing;

import java.util.Set;

// Checked: jira-api's SharedEntity (saved filters and dashboards) and its nested SharePermissions, a set of
// SharePermission; SharePermissions.PRIVATE and GLOBAL exist (Atlassian's importers plugin uses GLOBAL). ASSUMED: the
// public constructor SharePermissions(Set<SharePermission>), as Jira's own sharing code builds one.
public interface SharedEntity {

    SharePermissions getPermissions();

    final class SharePermissions {

        public static final SharePermissions PRIVATE = new SharePermissions(Set.of());

        private final Set<SharePermission> permissions;

        public SharePermissions(Set<SharePermission> permissions) {
            this.permissions = Set.copyOf(permissions);
        }

        public Set<SharePermission> getPermissionSet() {
            return permissions;
        }

        public boolean isPrivate() {
            return permissions.isEmpty();
        }
    }
}
