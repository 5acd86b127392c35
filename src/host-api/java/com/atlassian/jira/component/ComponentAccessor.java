package com.atlassian.jira.component;

// Checked: jira-api's ComponentAccessor (@PublicApi), static <T> T getOSGiComponentInstanceOfType(Class<T>): a service
// another plugin exports, or null when no plugin does (used so by Atlassian's importers plugin for Jira Software's
// RapidViewCreationService). "ComponentAccessor maintains its existing contract" in Jira 10.4+ (Atlassian, "Moving away
// from Pico in Jira", community.developer.atlassian.com/t/moving-away-from-pico-in-jira/87318).
public final class ComponentAccessor {

    private ComponentAccessor() {
    }

    public static <T> T getOSGiComponentInstanceOfType(Class<T> type) {
        throw new UnsupportedOperationException("declaration only: Jira provides the implementation");
    }
}
