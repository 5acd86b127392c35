package com.atlassian.jira.permission;

// Checked: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (final class; static ADMINISTER, SYSTEM_ADMIN; of(String), getKey())
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalPermissionKey that && that.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
