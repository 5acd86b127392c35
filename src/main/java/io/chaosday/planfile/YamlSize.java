package io.chaosday.planfile;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Limits what a YAML file becomes once its aliases are followed. SnakeYAML limits aliases of lists
 * and maps, but one long text aliased a hundred thousand times also grows a small file into
 * gigabytes of text for the steps after parsing; this walk stops as soon as a limit is passed.
 */
final class YamlSize {

    /** A plan or experiments file written out in full stays under its 1 MB file limit; twice that is not a plan. */
    static final long MAX_EXPANDED_CHARS = 2L * 1024 * 1024;

    /** Values used again through {@code *name}: a hand-written file needs a handful, not thousands. */
    static final int MAX_ALIAS_USES = 1000;

    private YamlSize() {
    }

    static void check(Node root, String source) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> toVisit = new ArrayDeque<>();
        toVisit.push(root);
        long chars = 0;
        int aliasUses = 0;
        while (!toVisit.isEmpty()) {
            Node node = toVisit.pop();
            if (!seen.add(node) && ++aliasUses > MAX_ALIAS_USES) {
                throw new InvalidPlanException(new PlanProblem.InFile(source, "more than " + MAX_ALIAS_USES
                        + " uses of aliases (*name); write those values out in full"));
            }
            if (node instanceof ScalarNode scalar) {
                chars += scalar.getValue().length();
                if (chars > MAX_EXPANDED_CHARS) {
                    throw new InvalidPlanException(new PlanProblem.InFile(source, "its aliases (*name) expand to more than "
                            + MAX_EXPANDED_CHARS / (1024 * 1024) + " MB of text; write those values out in full"));
                }
            } else if (node instanceof SequenceNode list) {
                list.getValue().forEach(toVisit::push);
            } else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    toVisit.push(tuple.getKeyNode());
                    toVisit.push(tuple.getValueNode());
                }
            }
        }
    }
}
