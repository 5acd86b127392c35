package io.chaosday.workflow;

import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.review.Experiment;
import io.chaosday.review.Outcome;
import io.chaosday.pages.ConfluencePages;
import io.chaosday.site.JiraSite;
import io.chaosday.pages.preview.PreviewPage;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.Progress;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filled-in Chaos Day of N teams in an in-memory Jira, rendered the way {@code publish --preview}
 * renders it: the pages docs/review-screenshots.sh photographs. Usage: SamplePreviews DIR TEAMS
 */
public final class SamplePreviews {

    private static final List<String> TEAMS = List.of("Payments", "Search", "Checkout", "Identity", "Catalogue", "Orders",
            "Notifications", "Pricing", "Shipping", "Returns", "Reviews", "Loyalty");
    private static final Outcome[] OUTCOMES = {Outcome.RESOLVED_BY_TEAM, Outcome.RESOLVED_BY_AGENTS, Outcome.NOT_RUN,
        Outcome.RESOLVED_BY_TEAM, Outcome.IN_PROGRESS};

    private static final LocalDate TODAY = LocalDate.parse("2027-03-24");

    private SamplePreviews() {
    }

    /** A filled-in Chaos Day in an in-memory Jira: its tracker, its id and its name. */
    public record Sample(FakeIssueTracker jira, ChaosDayId id, String name, List<String> teams) {

        public ChaosDayIssues found() {
            return ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", id);
        }

        /** A new line in one team's "What we learnt": one review changed since the last publish. */
        public void changeOneReview() {
            String key = jira.byItem(teams.size() == 1 ? "review" : "review/" + teams.get(0)).key();
            jira.descriptions.put(key, jira.descriptions.get(key).replace("h2. Improvements",
                    "* Timeouts were set longer than the fail-over\nh2. Improvements"));
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Sample sample = sample(Integer.parseInt(args[1]));
        PublishReviews publish = new PublishReviews(sample.jira(),
                new ConfluencePages(JiraSite.unlinked(URI.create("https://jira.example.com"))));
        // Published once, so the improvements have their tickets, as they do after a first publish.
        publish.publish("CHAOS", sample.found(), sample.name(), new FakeWiki(),
                new PublishReviews.Target("CHAOS", Optional.empty(), false, false), TODAY, Progress.SILENT,
                PublishReviews.Events.NONE);
        PublishReviews.Preview preview = publish.preview("CHAOS", sample.found(), sample.name(), TODAY);
        int page = 0;
        for (PublishReviews.Draft draft : preview.drafts()) {
            Files.writeString(dir.resolve(String.format("%02d.html", page++)), PreviewPage.html(draft.page().title(),
                    draft.page().storage()), StandardCharsets.UTF_8);
        }
        preview.warnings().forEach(w -> System.err.println("warning: " + w));
        System.out.println(page + " pages in " + dir);
    }

    /** {@code teams} teams, each with two experiments with their outcomes and a filled-in review. */
    public static Sample sample(int teams) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            names.add(t < TEAMS.size() ? TEAMS.get(t) : "Team " + (t + 1));
        }
        FakeIssueTracker jira = new FakeIssueTracker().withProject("CHAOS");
        String name = "Payments Chaos Day";
        ChaosDayId id = ChaosDayId.fromName(name);
        new CreateChaosDay(jira).run(new CreateChaosDay.Request("CHAOS", Optional.empty(),
                ChaosDayDefinition.withDefaults(new ChaosDaySpec(name, LocalDate.parse("2027-03-10"), 1, names,
                        WorkingCalendar.mondayToFriday())), false), Progress.SILENT);
        ChaosDayExperiments experiments = new ChaosDayExperiments(jira);
        experiments.add("CHAOS", id, ExperimentsFile.parse(experimentsFile(names), "experiments.yaml"), false, Progress.SILENT);
        int n = 0;
        for (Experiment e : ChaosDayExperiments.list(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", id))) {
            experiments.recordOutcome(ChaosDayFinder.withCardsAndPages(jira).find("CHAOS", id), e.key().orElseThrow().value(),
                    OUTCOMES[n++ % OUTCOMES.length]);
        }
        for (int t = 0; t < names.size(); t++) {
            String item = names.size() == 1 ? "review" : "review/" + names.get(t);
            jira.descriptions.put(jira.byItem(item).key(), review(names.get(t), t));
        }
        if (names.size() > 1) {
            jira.descriptions.put(jira.byItem("team-of-teams").key(), teamOfTeams());
        }
        return new Sample(jira, id, name, names);
    }

    private static String experimentsFile(List<String> teams) {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (String team : teams) {
            yaml.append("""
                      - title: %1$s API loses its primary database and fails over within 30 s
                        component: %1$s API
                        failure: {what: primary database stopped, where: staging, how: stop the instance}
                        impact: {technical: writes fail for up to 30 s, business: orders wait briefly}
                        expectedResponse: on-call sees the alert and watches the fail-over
                        rollback: start the instance again
                        isolation: isolated
                        environment: staging
                        owner: Alice
                        team: %1$s
                      - title: %1$s loses its cache and stays within its latency budget
                        component: %1$s cache
                        failure: {what: cache nodes evicted}
                        rollback: restart the cache nodes
                        owner: Bob
                        team: %1$s
                    """.formatted(team));
        }
        return yaml.toString();
    }

    private static String review(String team, int t) {
        return """
                Participants: Alice, Bob, Chen, Dana
                h2. Summary
                Two experiments ran against the %1$s services in staging. The database fail-over took *4 minutes*, not \
                the 30 seconds we expected; the cache experiment went as planned.
                h2. Timeline
                * 10:02 Agents stop the primary database
                * 10:04 Error-rate alert fires; on-call opens the dashboard
                * 10:06 Fail-over starts; clients keep the old address until their DNS TTL runs out
                * 10:09 Writes succeed again
                h2. Detection
                The error-rate alert fired after two minutes. Nothing told us the fail-over itself was slow.
                h2. Response and recovery
                On-call followed the runbook, but its link to the fail-over dashboard was broken.
                h2. Impact
                In production, card payments would have failed for about four minutes.
                h2. What we learnt
                * Fail-over waits for the DNS TTL, which is 5 minutes
                * Nobody owned the fail-over runbook
                h2. Improvements
                * Lower the DNS TTL to 30 s (owner: Alice, due: 2027-04-01)
                * Link the runbook from the alert (owner: Bob, due: 2027-03-26)
                h2. What would improve the next Chaos Day
                Start earlier in the day, and invite the database team.
                """.formatted(team);
    }

    private static String teamOfTeams() {
        return """
                Participants: every team's facilitator
                h2. Summary
                Across teams the same weakness showed: fail-overs wait for DNS.
                h2. What we learnt
                * DNS TTLs decide how long a fail-over takes
                * Runbooks drift when nobody owns them
                h2. Improvements
                * Agree one DNS TTL policy for all services (owner: Erin, due: 2027-04-15)
                """;
    }
}
