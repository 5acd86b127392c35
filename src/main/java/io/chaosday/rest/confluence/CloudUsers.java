package io.chaosday.rest.confluence;

import io.chaosday.tracker.TrackerException;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names for Cloud account ids: REST v2 names a version's author only by account id, which
 * means nothing to a person, so it is looked up once through v1 {@code /rest/api/user?accountId=}.
 */
final class CloudUsers {

    private final ConfluenceCalls calls;
    private final Map<String, Optional<String>> names = new ConcurrentHashMap<>();

    CloudUsers(ConfluenceCalls calls) {
        this.calls = calls;
    }

    /** The display name; empty when the account is gone or hidden from us (the page is still usable without it). */
    Optional<String> displayName(String accountId) {
        Optional<String> known = names.get(accountId);
        if (known != null) {
            return known;
        }
        Optional<String> name = lookUp(accountId);
        names.put(accountId, name);
        return name;
    }

    private Optional<String> lookUp(String accountId) {
        try {
            return calls.find(ConfluencePaths.user().query("accountId", accountId), Attempt.resolveUser(accountId))
                    .flatMap(user -> ContentJson.text(user.path("displayName"))
                            .or(() -> ContentJson.text(user.path("publicName"))));
        } catch (TrackerException e) {
            if (e.kind() == TrackerException.Kind.FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
