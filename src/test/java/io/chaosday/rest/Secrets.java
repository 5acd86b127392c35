package io.chaosday.rest;

import io.chaosday.http.Credentials;

import static org.junit.Assert.assertFalse;

/** A token distinctive enough that finding it anywhere in output is certainly a leak. */
public final class Secrets {

    public static final String TOKEN = "tok-SECRET-7f3a9c41e2";

    public static final Credentials BEARER = new Credentials.Bearer(TOKEN, "JIRA_TOKEN");

    public static final Credentials BASIC = new Credentials.Basic("facilitator@example.com", TOKEN, "JIRA_TOKEN");

    private Secrets() {
    }

    /** Fails if the token, or its Basic encoding, shows in the text. */
    public static void assertNoToken(String text) {
        assertFalse("the token leaked: " + text, text.contains(TOKEN));
        assertFalse("the Basic credentials leaked: " + text, text.contains(BASIC.authorization().orElseThrow().substring(6)));
    }

    /** Checks the message and toString of the exception and of every cause. */
    public static void assertNoToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertNoToken(String.valueOf(t.getMessage()));
            assertNoToken(t.toString());
        }
    }
}
