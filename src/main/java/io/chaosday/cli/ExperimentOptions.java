package io.chaosday.cli;

import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Outcome;
import java.util.Optional;
import picocli.CommandLine.Option;

/** One experiment card given as options, the fields an experiments file gives per card. */
final class ExperimentOptions {

    @Option(names = "--title", paramLabel = "TEXT", required = true,
            description = "The experiment's title: <component> <failure> <expected result>; it identifies the experiment.")
    String title;

    @Option(names = "--component", paramLabel = "TEXT", description = "The component the fault is aimed at.")
    String component = "";

    @Option(names = "--failure-what", paramLabel = "TEXT", description = "The failure invoked: what breaks.")
    String failureWhat = "";

    @Option(names = "--failure-where", paramLabel = "TEXT", description = "Where it is invoked (host, service, region).")
    String failureWhere = "";

    @Option(names = "--failure-how", paramLabel = "TEXT", description = "How it is invoked: the steps or tool.")
    String failureHow = "";

    @Option(names = "--impact-technical", paramLabel = "TEXT", description = "Expected technical impact.")
    String impactTechnical = "";

    @Option(names = "--impact-business", paramLabel = "TEXT", description = "Expected impact on the business and its users.")
    String impactBusiness = "";

    @Option(names = "--expected-response", paramLabel = "TEXT", description = "How the responding team is expected to react.")
    String expectedResponse = "";

    @Option(names = "--rollback", paramLabel = "TEXT", description = "How the fault is undone (required).")
    String rollback;

    @Option(names = "--restore", paramLabel = "TEXT",
            description = "What has to be put back before the day closes (alerting changed for it...); status shows it until it stops.")
    String restore = "";

    @Option(names = "--isolation", paramLabel = "ISOLATION", defaultValue = "isolated",
            description = "One of ${COMPLETION-CANDIDATES}: whether it needs the environment to itself. Default: ${DEFAULT-VALUE}.")
    IsolationChoice isolation;

    @Option(names = "--environment", paramLabel = "TEXT", description = "The environment it runs in, e.g. staging.")
    String environment = "";

    @Option(names = "--owner", paramLabel = "USER",
            description = "The Agent of Chaos running it (required): a Jira user name, e-mail or account id; "
                    + "the ticket is assigned to them.")
    String owner;

    @Option(names = "--team", paramLabel = "NAME", description = "The responding team; one of the Chaos Day's teams.")
    String team = "";

    Experiment experiment() {
        if (rollback == null || rollback.isBlank() || owner == null || owner.isBlank()) {
            throw new UsageException("an experiment needs --rollback (how the fault is undone) and --owner (the Agent of Chaos)");
        }
        return new Experiment(Optional.empty(), title.strip(), component, new Failure(failureWhat, failureWhere, failureHow),
                new ExpectedImpact(impactTechnical, impactBusiness), expectedResponse, rollback, isolation.isolation(),
                environment, owner, team, Outcome.NOT_RUN, restore.strip());
    }
}
