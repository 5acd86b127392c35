package io.chaosday.rest.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.chaosday.tracker.TrackerException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Space keys and ids on Confluence Cloud: REST v2 creates pages by space id and answers with space
 * ids, while people (and our settings) name spaces by key. Both directions are remembered, since a
 * space's key and id do not change while we run.
 */
final class CloudSpaces {

    private final ConfluenceCalls calls;
    private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
    private final Map<String, String> keysById = new ConcurrentHashMap<>();

    CloudSpaces(ConfluenceCalls calls) {
        this.calls = calls;
    }

    /** @throws TrackerException NOT_FOUND when no space has that key, or the user cannot see it */
    String idOf(String spaceKey) {
        String known = idsByKey.get(spaceKey);
        if (known != null) {
            return known;
        }
        JsonNode found = calls.get(ConfluencePaths.spaces().query("keys", spaceKey), Attempt.resolveSpace(spaceKey));
        for (JsonNode space : found.path("results")) {
            if (spaceKey.equals(space.path("key").asText())) {
                String id = ContentJson.required(space, "id");
                remember(spaceKey, id);
                return id;
            }
        }
        throw new TrackerException(TrackerException.Kind.NOT_FOUND, Attempt.spaceMissing(spaceKey)
                + ": check the key (it is in the space's address, /wiki/spaces/KEY) and that your account can view it");
    }

    String keyOf(String spaceId) {
        String known = keysById.get(spaceId);
        if (known != null) {
            return known;
        }
        JsonNode space = calls.get(ConfluencePaths.cloudSpace(spaceId), Attempt.resolveSpaceId(spaceId));
        String key = ContentJson.required(space, "key");
        remember(key, spaceId);
        return key;
    }

    private void remember(String key, String id) {
        idsByKey.put(key, id);
        keysById.put(id, key);
    }
}
