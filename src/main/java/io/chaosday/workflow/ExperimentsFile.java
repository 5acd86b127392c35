package io.chaosday.workflow;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import io.chaosday.planfile.YamlNodes;
import io.chaosday.planfile.YamlNodes.Field;
import io.chaosday.review.ExpectedImpact;
import io.chaosday.review.Experiment;
import io.chaosday.review.Failure;
import io.chaosday.review.Isolation;
import io.chaosday.review.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads experiment cards from YAML:
 * <pre>
 * securityLevel: Agents of Chaos    # optional: the issue security level experiment tickets get
 * experiments:
 *   - title: Payments API loses its database and fails over within 30 s
 *     component: Payments API
 *     failure: {what: primary database stopped, where: staging, how: stop the RDS instance}
 *     impact: {technical: writes fail for up to 30 s, business: card payments declined briefly}
 *     expectedResponse: on-call sees the alert and watches the fail-over
 *     rollback: start the instance again
 *     restore: turn the paging rule back on   # optional: what to put back before the day closes
 *     isolation: isolated            # or parallel
 *     environment: staging
 *     owner: Alice                   # the Agent of Chaos running it
 *     team: Payments
 * </pre>
 * Title, rollback and owner are required: an experiment nobody owns, or that cannot be undone,
 * must not reach the Chaos Day.
 */
public final class ExperimentsFile {

    private static final List<String> TOP = List.of("experiments", "securityLevel");
    private static final List<String> CARD = List.of("title", "component", "failure", "impact", "expectedResponse",
            "rollback", "restore", "isolation", "environment", "owner", "team");
    private static final List<String> FAILURE = List.of("what", "where", "how");
    private static final List<String> IMPACT = List.of("technical", "business");
    private static final List<String> REQUIRED = List.of("title", "rollback", "owner");

    /** Hundreds of cards fit in far less; more is the wrong file. */
    public static final int MAX_BYTES = 1024 * 1024;

    private ExperimentsFile() {
    }

    /** The cards of a file, and the issue security level it asks for. */
    public record Contents(List<Experiment> experiments, Optional<String> securityLevel) {
    }

    public static List<Experiment> parse(String yaml, String source) {
        return read(yaml, source).experiments();
    }

    public static Contents read(String yaml, String source) {
        YamlNodes nodes = new YamlNodes(source);
        Node root = YamlNodes.compose(yaml, source);
        if (!(root instanceof MappingNode map)) {
            throw new InvalidPlanException(new PlanProblem.InFile(source, "an experiments file is a map with one key, 'experiments:', "
                    + "holding a list of experiment cards"));
        }
        Map<String, Field> top = nodes.entries(map, "", TOP, "key", "known keys here");
        if (!top.containsKey("experiments")) {
            throw new InvalidPlanException(new PlanProblem.InFile(source, "'experiments:' is missing or empty; list at least one experiment under it"));
        }
        List<Experiment> experiments = new ArrayList<>();
        for (Node item : nodes.list(top.get("experiments"), "experiment cards")) {
            experiments.add(card(nodes, item));
        }
        Optional<String> level = top.containsKey("securityLevel")
                ? Optional.of(text(nodes, top, "securityLevel")).filter(l -> !l.isBlank()) : Optional.empty();
        return new Contents(experiments, level);
    }

    private static Experiment card(YamlNodes nodes, Node item) {
        if (!(item instanceof MappingNode card)) {
            throw nodes.error(item, "each experiment must be a map of 'key: value' lines, not " + YamlNodes.kind(item));
        }
        Map<String, Field> f = nodes.entries(card, "experiments", CARD, "experiment key", "known keys");
        for (String required : REQUIRED) {
            if (!f.containsKey(required)) {
                throw nodes.error(item, "this experiment has no '" + required + "'; every experiment needs "
                        + String.join(", ", REQUIRED));
            }
        }
        Map<String, Field> failure = f.containsKey("failure")
                ? nodes.entries(nodes.map(f.get("failure")), "failure", FAILURE, "failure key", "known keys") : Map.of();
        Map<String, Field> impact = f.containsKey("impact")
                ? nodes.entries(nodes.map(f.get("impact")), "impact", IMPACT, "impact key", "known keys") : Map.of();
        return new Experiment(Optional.empty(), text(nodes, f, "title"), text(nodes, f, "component"),
                new Failure(text(nodes, failure, "what"), text(nodes, failure, "where"), text(nodes, failure, "how")),
                new ExpectedImpact(text(nodes, impact, "technical"), text(nodes, impact, "business")),
                text(nodes, f, "expectedResponse"), text(nodes, f, "rollback"), isolation(nodes, f.get("isolation")),
                text(nodes, f, "environment"), text(nodes, f, "owner"), text(nodes, f, "team"), Outcome.NOT_RUN,
                text(nodes, f, "restore"));
    }

    private static String text(YamlNodes nodes, Map<String, Field> fields, String key) {
        Field field = fields.get(key);
        return field == null ? "" : nodes.text(field.value(), "'" + field.path() + "'").strip();
    }

    private static Isolation isolation(YamlNodes nodes, Field field) {
        if (field == null) {
            return Isolation.ISOLATED;
        }
        String value = nodes.text(field.value(), "'isolation'").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "isolated" -> Isolation.ISOLATED;
            case "parallel" -> Isolation.PARALLEL;
            default -> throw nodes.error(field.value(), "isolation must be 'isolated' or 'parallel', not " + YamlNodes.quote(value));
        };
    }
}
