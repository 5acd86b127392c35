package io.chaosday.bench;

import io.chaosday.http.Credentials;
import io.chaosday.http.RestClient;
import io.chaosday.plan.ChaosDayDefinition;
import io.chaosday.plan.ChaosDaySpec;
import io.chaosday.plan.Phase;
import io.chaosday.plan.WorkingCalendar;
import io.chaosday.rest.JiraRestTracker;
import io.chaosday.review.Experiment;
import io.chaosday.stub.LocalJira;
import io.chaosday.tracker.ChaosDayId;
import io.chaosday.tracker.IssueIdentity;
import io.chaosday.tracker.IssueKind;
import io.chaosday.tracker.IssueProperties;
import io.chaosday.tracker.IssueState;
import io.chaosday.tracker.NewIssue;
import io.chaosday.tracker.Progress;
import io.chaosday.tracker.TrackedIssue;
import io.chaosday.workflow.ChaosDayExperiments;
import io.chaosday.workflow.ChaosDayFinder;
import io.chaosday.workflow.ChaosDayIssues;
import io.chaosday.workflow.CreateChaosDay;
import io.chaosday.workflow.ExperimentCard;
import io.chaosday.workflow.ExperimentsFile;
import io.chaosday.workflow.PlannedIssues;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code experiments add} of 40 new experiments, owned by ten people named by user name, on a
 * 20-team Chaos Day, against a local Jira Data Center that answers every request after 50 ms:
 * requests and wall time, next to the approach before this release measured in the same run
 * through the same tracker and HTTP client (tickets created without assignee, then per experiment,
 * eight at a time: assign the owner after looking each owner up once, read the ticket back, record
 * the card). Run by bench/jira.sh; prints figures and asserts nothing but that each run did its work.
 */
public final class ExperimentsAddBenchmark {

    private static final int TEAMS = 20;
    private static final int EXPERIMENTS = 40;
    private static final int OWNERS = 10;
    private static final long LATENCY_MILLIS = 50;
    private static final String NAME = "Bench Chaos Day";
    private static final Optional<String> NAMED = Optional.of(NAME);

    public static void main(String[] args) throws Exception {
        ChaosDayDefinition definition = ChaosDayDefinition.withDefaults(new ChaosDaySpec(NAME, LocalDate.parse("2027-05-12"), 1,
                ChaosDaySpec.numberedTeams(TEAMS), WorkingCalendar.mondayToFriday()));
        List<Experiment> experiments = ExperimentsFile.parse(file(), "experiments.yaml");
        System.out.printf("experiments add: %d new experiments of %d owners (user names), %d-team Chaos Day; every request answered"
                + " after %d ms%n", EXPERIMENTS, OWNERS, TEAMS, LATENCY_MILLIS);
        warmUp(definition, experiments);
        try (LocalJira jira = new LocalJira(LATENCY_MILLIS); LocalJira before = new LocalJira(LATENCY_MILLIS)) {
            create(jira.base(), definition);
            create(before.base(), definition);

            jira.resetCount();
            long start = System.nanoTime();
            int added = ours(connect(jira.base()), experiments);
            long ourMillis = millis(start);
            int ourRequests = jira.requests();
            int ourRounds = jira.roundTrips().size();
            check(added == EXPERIMENTS, "added " + added + " of " + EXPERIMENTS);
            check(assigned(jira) == EXPERIMENTS, "assigned " + assigned(jira) + " of " + EXPERIMENTS);

            before.resetCount();
            start = System.nanoTime();
            int addedBefore = asBefore(connect(before.base()), experiments);
            long beforeMillis = millis(start);
            int beforeRequests = before.requests();
            int beforeRounds = before.roundTrips().size();
            check(addedBefore == EXPERIMENTS, "before: added " + addedBefore + " of " + EXPERIMENTS);
            check(assigned(before) == EXPERIMENTS, "before: assigned " + assigned(before) + " of " + EXPERIMENTS);

            System.out.printf("experiments add  chaosday: %3d requests %3d round trips %6d ms | before (follow-ups per experiment):"
                            + " %3d requests %3d round trips %6d ms | %5.1fx faster; target <= 15 requests%n",
                    ourRequests, ourRounds, ourMillis, beforeRequests, beforeRounds, beforeMillis, (double) beforeMillis / ourMillis);
            if (System.getenv("BENCH_LOG") != null) {
                jira.log().forEach(System.out::println);
            }
        }
    }

    /** As the command runs: the Chaos Day found by name, then the experiments added. */
    private static int ours(JiraRestTracker tracker, List<Experiment> experiments) {
        ChaosDayIssues found = ChaosDayFinder.withCards(tracker).findByName("CHAOS", NAMED);
        return new ChaosDayExperiments(tracker).add(new ChaosDayExperiments.AddRequest("CHAOS", found.id(), experiments,
                Optional.empty(), false, false), found, Progress.SILENT).created().size();
    }

    /**
     * The approach before: the same reads and bulk create, the tickets made unassigned with their
     * card alone, then for each one, eight at a time, the owner assigned, the ticket read back and
     * the card recorded with what was read.
     */
    private static int asBefore(JiraRestTracker tracker, List<Experiment> experiments) {
        ChaosDayFinder finder = new ChaosDayFinder(tracker);
        ChaosDayId id = finder.findByName("CHAOS", NAMED).id();
        ChaosDayIssues found = finder.find("CHAOS", id); // no experiment yet: no card to read
        String epic = found.find(IssueIdentity.ofEpic(id, Phase.EXECUTE)).orElseThrow().key();
        List<NewIssue> toCreate = experiments.stream().map(e -> new NewIssue(ChaosDayExperiments.identity(id, e), IssueKind.EXPERIMENT,
                e.title(), ExperimentCard.describe(e), Optional.empty(), List.of(PlannedIssues.CHAOS_DAY_LABEL, ExperimentCard.LABEL),
                Optional.of(epic), Map.of(IssueProperties.EXPERIMENT, ExperimentCard.toProperty(e)))).toList();
        tracker.countIssues("CHAOS", id.label());
        List<TrackedIssue> created = tracker.createIssues("CHAOS", toCreate, Progress.SILENT);
        tracker.countIssues("CHAOS", id.label());
        List<Supplier<IssueState>> followUps = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            String key = created.get(i).key();
            Experiment card = experiments.get(i);
            followUps.add(() -> {
                tracker.assign(key, card.owner());
                IssueState after = tracker.state(key);
                tracker.setProperty(key, IssueProperties.EXPERIMENT, ExperimentCard.toProperty(card));
                return after;
            });
        }
        tracker.atOnce(followUps);
        return created.size();
    }

    private static long assigned(LocalJira jira) {
        return jira.allIssues().stream().filter(i -> i.path("fields").path("labels").toString().contains("\"chaos-experiment\""))
                .filter(i -> !i.path("fields").path("assignee").path("name").asText("").isEmpty()).count();
    }

    /** Both approaches once on a small Chaos Day, so neither is timed while the JVM loads and compiles its code. */
    private static void warmUp(ChaosDayDefinition definition, List<Experiment> experiments) throws Exception {
        try (LocalJira jira = new LocalJira(0); LocalJira before = new LocalJira(0)) {
            create(jira.base(), definition);
            create(before.base(), definition);
            ours(connect(jira.base()), experiments.subList(0, 5));
            asBefore(connect(before.base()), experiments.subList(0, 5));
        }
    }

    private static void create(URI base, ChaosDayDefinition definition) {
        new CreateChaosDay(connect(base)).run(new CreateChaosDay.Request("CHAOS", Optional.empty(), definition, false), Progress.SILENT);
    }

    /** A new connection, as a user's run has: field discovery counts too. */
    private static JiraRestTracker connect(URI base) {
        return JiraRestTracker.connect(RestClient.builder(base, new Credentials.Bearer("bench", "bench")).build());
    }

    private static String file() {
        StringBuilder yaml = new StringBuilder("experiments:\n");
        for (int n = 1; n <= EXPERIMENTS; n++) {
            yaml.append("""
                      - title: Service %1$d loses its primary database and fails over within 30 s
                        component: Service %1$d
                        failure: {what: primary database stopped, where: staging, how: stop the instance}
                        rollback: start the instance again
                        owner: agent%2$d
                        team: Team %3$d
                    """.formatted(n, 1 + n % OWNERS, 1 + n % TEAMS));
        }
        return yaml.toString();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark run is not valid: " + what);
        }
    }
}
