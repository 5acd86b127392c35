package io.chaosday.tracker;

import java.net.URI;

/**
 * A link from an issue to a page elsewhere. {@code globalId} makes adding it again update the
 * link rather than add a second one.
 */
public record RemoteLink(String globalId, URI url, String title) {
}
