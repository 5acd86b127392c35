package io.chaosday.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.rest.confluence.ConfluenceRestWiki;
import io.chaosday.rest.confluence.ConfluenceSite;
import io.chaosday.review.ReviewSections;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.link.Urls;
import io.chaosday.stub.LocalConfluence;
import io.chaosday.tracker.Progress;
import io.chaosday.workflow.PublishReviews;
import io.chaosday.workflow.SamplePreviews;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing the reviews of a 100-team Chaos Day (100 review pages, the team-of-teams page and the
 * lessons page) to a local Confluence that answers every request after 50 ms: first publish,
 * re-publish with nothing changed, re-publish after one review changed. Next to it, in the same
 * run and through the same HTTP client, the per-section approach this replaced: one conversion
 * request per section of every page on every run, the page and its marker read apart, labels sent
 * twice. Jira is in memory for both. Run by bench/publish.sh; prints figures and asserts nothing.
 */
public final class PublishBenchmark {

    private static final int DEFAULT_TEAMS = 100;
    private static final long LATENCY_MILLIS = 50;
    private static final LocalDate TODAY = LocalDate.parse("2027-03-24");

    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_TEAMS;
        SamplePreviews.Sample ours = SamplePreviews.sample(teams);
        SamplePreviews.Sample theirs = SamplePreviews.sample(teams);
        System.out.printf("%d teams: %d pages; every Confluence request answered after %d ms%n", teams, teams + 2,
                LATENCY_MILLIS);
        warmUp();
        try (LocalConfluence confluence = new LocalConfluence().latency(LATENCY_MILLIS);
             LocalConfluence baselineConfluence = new LocalConfluence().latency(LATENCY_MILLIS)) {
            PublishReviews publish = new PublishReviews(ours.jira(),
                    new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com"))));
            ConfluenceRestWiki wiki = ConfluenceRestWiki.over(client(confluence), ConfluenceSite.Deployment.DATA_CENTER);
            PerSection baseline = new PerSection(client(baselineConfluence), theirs, publish);

            Figure first = measure(confluence, () -> run(publish, ours, wiki));
            Figure firstBaseline = measure(baselineConfluence, baseline::publish);
            Figure again = measure(confluence, () -> run(publish, ours, wiki));
            Figure againBaseline = measure(baselineConfluence, baseline::publish);
            ours.changeOneReview();
            theirs.changeOneReview();
            Figure changed = measure(confluence, () -> run(publish, ours, wiki));
            Figure changedBaseline = measure(baselineConfluence, baseline::publish);

            System.out.printf("%-34s %-30s %-30s%n", "", "this release", "per-section baseline");
            row("first publish", first, firstBaseline);
            row("re-publish, nothing changed", again, againBaseline);
            row("re-publish, one review changed", changed, changedBaseline);
        }
    }

    /** Both approaches once on a small Chaos Day of their own, so class loading and the JIT are not timed. */
    private static void warmUp() throws Exception {
        SamplePreviews.Sample small = SamplePreviews.sample(3);
        SamplePreviews.Sample smallToo = SamplePreviews.sample(3);
        try (LocalConfluence confluence = new LocalConfluence(); LocalConfluence baseline = new LocalConfluence()) {
            PublishReviews publish = new PublishReviews(small.jira(),
                    new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com"))));
            ConfluenceRestWiki wiki = ConfluenceRestWiki.over(client(confluence), ConfluenceSite.Deployment.DATA_CENTER);
            PerSection perSection = new PerSection(client(baseline), smallToo, publish);
            for (int i = 0; i < 3; i++) {
                run(publish, small, wiki);
                perSection.publish();
            }
        }
    }

    private static RestClient client(LocalConfluence confluence) {
        return RestClient.builder(confluence.base(), new Credentials.Bearer("bench", "bench")).build();
    }

    private static void run(PublishReviews publish, SamplePreviews.Sample sample, ConfluenceRestWiki wiki) {
        publish.publish("CHAOS", sample.found(), sample.name(), wiki, new PublishReviews.Target("CHAOS", Optional.empty(),
                false, false), TODAY, Progress.SILENT, PublishReviews.Events.NONE);
    }

    private record Figure(int requests, long millis) {
    }

    private static Figure measure(LocalConfluence confluence, Runnable run) {
        int before = confluence.requests().size();
        long start = System.nanoTime();
        run.run();
        return new Figure(confluence.requests().size() - before, (System.nanoTime() - start) / 1_000_000);
    }

    private static void row(String what, Figure ours, Figure baseline) {
        System.out.printf("%-34s %5d requests %,8d ms      %5d requests %,8d ms   %5.1fx fewer requests, %5.1fx faster%n",
                what, ours.requests(), ours.millis(), baseline.requests(), baseline.millis(),
                (double) baseline.requests() / ours.requests(), (double) baseline.millis() / ours.millis());
    }

    /**
     * The approach before this release, request for request: every section of every review sent to
     * Confluence's converter on every run, then per page a read of the page and a read of its marker;
     * a new page looked up by title, created, marked and labelled twice; a changed page written, its
     * marker read and written, and labelled again. Pages are the ones this release renders.
     */
    static final class PerSection {
        private static final String MARKER = "io.chaosday.published";
        private final RestClient client;
        private final SamplePreviews.Sample sample;
        private final PublishReviews renderer;
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> bodies = new HashMap<>();

        PerSection(RestClient client, SamplePreviews.Sample sample, PublishReviews renderer) {
            this.client = client;
            this.sample = sample;
            this.renderer = renderer;
        }

        void publish() {
            PublishReviews.Preview preview = renderer.preview("CHAOS", sample.found(), sample.name(), TODAY);
            for (PublishReviews.Draft draft : preview.drafts()) {
                draft.ticket().flatMap(t -> sample.jira().description(t.key())).ifPresent(description -> {
                    for (Map.Entry<String, String> section : ReviewSections.parse(description.body()).entrySet()) {
                        if (!section.getKey().equals(ReviewSections.PREAMBLE)) {
                            client.post(Urls.path("rest", "api", "contentbody", "convert", "storage"),
                                    JsonNodeFactory.instance.objectNode().put("value", section.getValue())
                                            .put("representation", "wiki"));
                        }
                    }
                });
            }
            for (PublishReviews.Draft draft : preview.drafts()) {
                String title = draft.page().title();
                String body = draft.page().storage();
                String id = ids.get(title);
                if (id == null) {
                    create(title, body);
                } else {
                    JsonNode page = client.get(content(id).query("expand", "body.storage,version,space"));
                    client.find(content(id).segment("property").segment(MARKER).query("expand", "version"));
                    if (!body.equals(bodies.get(title))) {
                        update(id, title, body, page.path("version").path("number").asInt() + 1);
                    }
                }
            }
        }

        private void create(String title, String body) {
            client.get(Urls.path("rest", "api", "content").query("spaceKey", "BASE").query("title", title)
                    .query("type", "page").query("expand", "body.storage,version,space"));
            ObjectNode page = JsonNodeFactory.instance.objectNode().put("type", "page").put("title", title);
            page.putObject("space").put("key", "BASE");
            page.putObject("body").putObject("storage").put("value", body).put("representation", "storage");
            JsonNode created = client.post(Urls.path("rest", "api", "content"), page);
            String id = created.path("id").asText();
            ids.put(title, id);
            bodies.put(title, body);
            ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", MARKER);
            property.putObject("value").put("version", 1);
            client.post(content(id).segment("property"), property);
            client.post(content(id).segment("label"), labels());
            client.post(content(id).segment("label"), labels());
        }

        private void update(String id, String title, String body, int next) {
            ObjectNode page = JsonNodeFactory.instance.objectNode().put("id", id).put("type", "page").put("title", title);
            page.putObject("body").putObject("storage").put("value", body).put("representation", "storage");
            page.putObject("version").put("number", next);
            client.put(content(id), page);
            JsonNode marker = client.get(content(id).segment("property").segment(MARKER).query("expand", "version"));
            ObjectNode property = JsonNodeFactory.instance.objectNode().put("key", MARKER);
            property.putObject("value").put("version", next);
            property.putObject("version").put("number", marker.path("version").path("number").asInt() + 1);
            client.put(content(id).segment("property").segment(MARKER), property);
            client.post(content(id).segment("label"), labels());
            bodies.put(title, body);
        }

        private static Urls.Path content(String id) {
            return Urls.path("rest", "api", "content").segment(id);
        }

        private static ArrayNode labels() {
            ArrayNode labels = JsonNodeFactory.instance.arrayNode();
            for (String label : List.of("chaos-day", "post-incident-review", "chaos-day-payments-chaos-day")) {
                labels.addObject().put("prefix", "global").put("name", label);
            }
            return labels;
        }
    }
}
