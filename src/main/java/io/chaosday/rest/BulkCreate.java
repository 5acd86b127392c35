package io.chaosday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.http.BoundedParallel;
import io.chaosday.http.ErrorBody;
import io.chaosday.http.RestClient;
import io.chaosday.http.RestException;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackerException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Creates issues with {@code POST /rest/api/{2,3}/issue/bulk}, in batches sent in parallel, and
 * reads back which element became which key. Jira may create some elements of a batch and refuse
 * others: its answer lists the created {@code issues} in order and the refused ones in
 * {@code errors} by {@code failedElementNumber}.
 */
final class BulkCreate {

    /** Jira Cloud creates at most 50 issues per bulk call; Data Center takes the same size happily. */
    static final int MAX_BATCH = 50;

    private final RestClient client;
    private final JiraApi site;
    private final BoundedParallel parallel;

    BulkCreate(RestClient client, JiraApi site, BoundedParallel parallel) {
        this.client = client;
        this.site = site;
        this.parallel = parallel;
    }

    /** What one batch did: per element, the created key or Jira's reason for refusing it. */
    record Outcome(NewIssue issue, Optional<String> key, String refusal) {
    }

    /**
     * Sends every batch and returns the outcome of every issue, in order. A failure of a whole batch
     * (401, 403, no answer...) is thrown as {@code translate} makes it, after stopping the others.
     */
    List<Outcome> create(List<NewIssue> issues, Function<NewIssue, ObjectNode> toUpdate, Progress progress,
                         Function<RestException, TrackerException> translate) throws InterruptedException {
        List<Callable<List<Outcome>>> batches = new ArrayList<>();
        List<TrackerException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] done = {0};
        for (int start = 0; start < issues.size(); start += MAX_BATCH) {
            List<NewIssue> batch = issues.subList(start, Math.min(issues.size(), start + MAX_BATCH));
            batches.add(() -> {
                List<Outcome> outcomes;
                try {
                    outcomes = send(batch, toUpdate, translate);
                } catch (TrackerException e) {
                    // Let the other batches finish: the caller reads Jira again after a failure, and
                    // a batch still in flight then would be missed and created twice.
                    failures.add(e);
                    return List.of();
                }
                synchronized (done) {
                    done[0] += batch.size();
                    progress.update("Creating issues", done[0], issues.size());
                }
                return outcomes;
            });
        }
        List<Outcome> all = new ArrayList<>();
        parallel.all(batches).forEach(all::addAll);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return all;
    }

    private List<Outcome> send(List<NewIssue> batch, Function<NewIssue, ObjectNode> toUpdate,
                               Function<RestException, TrackerException> translate) {
        ObjectNode request = client.json().createObjectNode();
        var updates = request.putArray("issueUpdates");
        batch.forEach(issue -> updates.add(toUpdate.apply(issue)));
        JsonNode answer;
        try {
            answer = client.post(site.api("issue", "bulk"), request);
        } catch (RestException e) {
            // A 400 whose body lists per-element errors is an answer: every element was refused.
            if (e.reason() != RestException.Reason.STATUS || e.status() != 400 || !e.answer().path("errors").isArray()) {
                throw translate.apply(e);
            }
            answer = e.answer();
        }
        return read(batch, answer);
    }

    /** Matches the answer's created issues and errors back to the batch's elements, in order. */
    static List<Outcome> read(List<NewIssue> batch, JsonNode answer) {
        Map<Integer, String> refused = new HashMap<>();
        for (JsonNode error : answer.path("errors")) {
            JsonNode element = error.path("failedElementNumber");
            if (!element.canConvertToInt()) {
                throw mismatch("an error without failedElementNumber");
            }
            String words = ErrorBody.of(error.path("elementErrors")).words();
            refused.put(element.asInt(), words.isEmpty() ? "status " + error.path("status").asText("?") : words);
        }
        Iterator<JsonNode> created = answer.path("issues").elements();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (refused.containsKey(i)) {
                outcomes.add(new Outcome(batch.get(i), Optional.empty(), refused.get(i)));
            } else if (created.hasNext()) {
                outcomes.add(new Outcome(batch.get(i), Optional.of(created.next().path("key").asText()), ""));
            } else {
                throw mismatch("fewer issues than asked for");
            }
        }
        if (created.hasNext()) {
            throw mismatch("more issues than asked for");
        }
        return outcomes;
    }

    private static TrackerException mismatch(String what) {
        return new TrackerException(TrackerException.Kind.UNSUPPORTED,
                "Jira's answer to a bulk create does not match the request (" + what + "); look in Jira before running again");
    }
}
