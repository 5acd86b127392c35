package io.chaosday.planfile;

import io.chaosday.plan.InvalidPlanException;
import io.chaosday.plan.PlanProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks over SnakeYAML's node tree for the plan-file parser. Working on nodes rather than
 * constructed objects keeps the YAML inert and gives every problem a line number.
 */
public final class YamlNodes {

    /** Aliases of lists and maps are how "billion laughs" files grow; our files need few. */
    static final int MAX_ALIASES = 10;

    /** Working-day counts above this are typing mistakes, and would make date arithmetic crawl. */
    static final int MAX_WORKING_DAYS = 250;

    /** One {@code key: value} entry; {@code path} is the dotted name used in messages. */
    public record Field(String path, Node key, Node value) {
    }

    private final String source;

    public YamlNodes(String source) {
        this.source = source;
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A key with no value, {@code ~} or {@code null}: the plan file says nothing about it. */
    public static boolean isEmpty(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public InvalidPlanException error(Node at, String message) {
        return new InvalidPlanException(new PlanProblem.InFile(source + " line " + line(at), message));
    }

    /**
     * The entries of a map in file order, without those left empty. Refuses a key that is not a
     * plain name, is given twice, or is not one of {@code known}.
     */
    public Map<String, Field> entries(MappingNode map, String parentPath, List<String> known, String noun, String knownLabel) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw error(keyNode, "a key must be a plain name, not " + kind(keyNode));
            }
            String key = scalarKey.getValue();
            Node earlier = seen.putIfAbsent(key, keyNode);
            if (earlier != null) {
                throw error(keyNode, quote(key) + " is given twice (also on line " + line(earlier) + "); keep one");
            }
            if (!known.contains(key)) {
                throw error(keyNode, "unknown " + noun + " " + quote(key) + "; " + knownLabel + ": " + String.join(", ", known));
            }
            if (!isEmpty(tuple.getValueNode())) {
                String path = parentPath.isEmpty() ? key : parentPath + "." + key;
                fields.put(key, new Field(path, keyNode, tuple.getValueNode()));
            }
        }
        return fields;
    }

    /** The field's value as a map; a list or single value is reported on the key's line. */
    public MappingNode map(Field field) {
        if (field.value() instanceof MappingNode map) {
            return map;
        }
        throw error(field.key(), field.path() + " must be a map of 'key: value' lines, not " + kind(field.value()));
    }

    /** The field's value as a list; {@code items} says what the list holds, for the message. */
    public List<Node> list(Field field, String items) {
        if (field.value() instanceof SequenceNode list) {
            return list.getValue();
        }
        throw error(field.key(), field.path() + " must be a list of " + items + ", not " + kind(field.value()));
    }

    /** The text of a single value; {@code what} names it when it is a list or map instead. */
    public String text(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a single value, not " + kind(node));
    }

    /** A count of working days from {@code min} up to {@link #MAX_WORKING_DAYS}. */
    int workingDays(Field field, int min) {
        String text = text(field.value(), "'" + field.path() + "'").strip();
        Long value = wholeNumber(text);
        if (value == null || value < min) {
            throw error(field.value(), "'" + field.path() + "' must be a whole number of working days, " + min
                    + " or more, not " + (value == null ? quote(text) : value));
        }
        if (value > MAX_WORKING_DAYS) {
            throw error(field.value(), "'" + field.path() + "' must be at most " + MAX_WORKING_DAYS
                    + " working days (about a year), not " + value);
        }
        return value.intValue();
    }

    /** Decimal digits with an optional sign and YAML's {@code _} separators; anything else is null. */
    static Long wholeNumber(String text) {
        String digits = text.strip().replace("_", "");
        if (!digits.matches("[-+]?[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(digits);
    }

    /** Text from the file, quoted for a one-line message and cut short when long. */
    public static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine) + "'";
    }

    /** How a node reads in a message: "a list", "a map" or the value itself. */
    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return quote(((ScalarNode) node).getValue());
    }

    /**
     * How a whole file's content reads in a message, never quoting it: a file given to the wrong
     * option (a token file as a plan file) must not have its secret printed.
     */
    public static String wholeFileKind(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a single line of text (is it the right file?)";
    }

    /** Reads YAML as inert nodes: nothing in the file ever becomes a Java object. */
    public static Node compose(String yaml, String source) {
        LoaderOptions options = new LoaderOptions();
        // Aliases of lists and maps are how "billion laughs" files grow; a plan file needs few.
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root != null) {
                YamlSize.check(root, source);
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " line " + (mark.getLine() + 1);
            String problem = oneLine(e.getProblem());
            // The usual cause: a summary such as "Plan: {name}" written without quotes.
            String hint = problem.startsWith("mapping values are not allowed")
                    ? "; put text that contains ': ' in double quotes" : "";
            throw new InvalidPlanException(new PlanProblem.InFile(source + where, "not valid YAML (" + problem + ")" + hint));
        } catch (YAMLException e) {
            String message = oneLine(e.getMessage());
            if (message.startsWith("Number of aliases")) {
                throw new InvalidPlanException(new PlanProblem.InFile(source, "more than " + MAX_ALIASES
                        + " aliases (*name) of lists or maps; write those values out in full"));
            }
            throw new InvalidPlanException(new PlanProblem.InFile(source, "not valid YAML (" + message + ")"));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable" : text.strip().replaceAll("\\s+", " ");
    }
}
