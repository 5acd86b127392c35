package io.chaosday.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where Jira and Confluence are, and which Chaos Day, when the options do not say: the environment
 * first, then the working folder's file ({@code --config FILE}, or {@code .chaosday.yaml} in the
 * working folder), then the user's own file ({@link UserConfig}, written by {@code chaosday init}).
 * Options beat all three. No file ever holds a token: tokens stay in the environment or a token file.
 */
final class ConnectionDefaults {

    static final String FILE_NAME = ".chaosday.yaml";

    /** Four short settings need a few hundred bytes; a file far larger is the wrong file. */
    static final int MAX_BYTES = 64 * 1024;

    /** A connection setting: its option, its environment variable and its key in the file. */
    enum Setting {
        JIRA("--jira", "JIRA_URL", "jira"),
        PROJECT("--project", "JIRA_PROJECT", "project"),
        CONFLUENCE("--confluence", "CONFLUENCE_URL", "confluence"),
        SPACE("--space", "CONFLUENCE_SPACE", "space"),
        NAME("--name", "CHAOSDAY_NAME", "name");

        final String option;
        final String variable;
        final String fileKey;

        Setting(String option, String variable, String fileKey) {
            this.option = option;
            this.variable = variable;
            this.fileKey = fileKey;
        }
    }

    /** A default and where it came from, e.g. "JIRA_URL" or ".chaosday.yaml". */
    record Value(String text, String source) {
    }

    private final Map<Setting, Value> values;
    private final String fileName;

    private ConnectionDefaults(Map<Setting, Value> values, String fileName) {
        this.values = values;
        this.fileName = fileName;
    }

    /**
     * Reads the defaults. {@code configFile} is the file the user named (it must exist); without
     * one, {@code .chaosday.yaml} in {@code workingDirectory} is read when it is there. Under
     * either, the user's own file, when there.
     */
    static ConnectionDefaults read(Map<String, String> environment, Optional<Path> configFile, Path workingDirectory) {
        Path file = configFile.orElse(workingDirectory.resolve(FILE_NAME));
        String shownName = configFile.map(Path::toString).orElse(FILE_NAME);
        Map<Setting, Value> values = new EnumMap<>(Setting.class);
        Optional<Path> userFile = UserConfig.file(environment).filter(Files::isRegularFile);
        userFile.ifPresent(user -> fromFile(user, user.toString())
                .forEach((setting, text) -> values.put(setting, new Value(text, user.toString()))));
        if (configFile.isPresent() || Files.isRegularFile(file)) {
            fromFile(file, shownName).forEach((setting, text) -> values.put(setting, new Value(text, shownName)));
        }
        for (Setting setting : Setting.values()) {
            String text = environment.get(setting.variable);
            if (text != null && !text.isBlank()) {
                values.put(setting, new Value(text.strip(), setting.variable));
            }
        }
        return new ConnectionDefaults(values, shownName);
    }

    /** The settings a file holds, checked as the defaults are read: for {@code chaosday init} to keep and show. */
    static Map<Setting, String> settingsIn(Path file) {
        return fromFile(file, file.toString());
    }

    Optional<Value> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    /** The option's value when given, else the default; empty when neither says. */
    Optional<String> resolve(Setting setting, String optionValue) {
        return optionValue != null ? Optional.of(optionValue) : get(setting).map(Value::text);
    }

    /** What to tell a user who gave neither the option nor a default. */
    String missing(Setting setting, String paramLabel) {
        return setting.option + " " + paramLabel + " is missing; give it, set " + setting.variable + ", or put '"
                + setting.fileKey + ": " + paramLabel + "' in " + fileName + " (or in your own file: chaosday init)";
    }

    private static Map<Setting, String> fromFile(Path file, String shownName) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(PlanOptions.read(file, "--config", MAX_BYTES));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new UsageException(shownName + " is not valid YAML; write it as lines of 'key: value' ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new UsageException(shownName + " must be lines of 'key: value', e.g. 'jira: https://jira.example.com'");
        }
        Map<Setting, String> found = new EnumMap<>(Setting.class);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.toLowerCase(java.util.Locale.ROOT).matches(".*(token|password|secret).*")) {
                throw new UsageException(shownName + " must not hold a token ('" + key + "'); remove it and set "
                        + "JIRA_TOKEN (or CONFLUENCE_TOKEN) in the environment, or use --token-file");
            }
            if (key.equals(ImprovementsConfig.KEY)) {
                continue; // where improvement tickets go: read by ImprovementsConfig
            }
            Setting setting = java.util.Arrays.stream(Setting.values()).filter(s -> s.fileKey.equals(key)).findFirst()
                    .orElseThrow(() -> new UsageException(shownName + ": '" + key + "' is not a setting; use "
                            + String.join(", ", knownKeys())));
            Object value = entry.getValue();
            if (!(value instanceof String || value instanceof Number) || String.valueOf(value).isBlank()) {
                throw new UsageException(shownName + ": '" + key + "' must be a single value, e.g. "
                        + key + ": " + example(setting));
            }
            found.put(setting, String.valueOf(value).strip());
        }
        return found;
    }

    private static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>(Set.of(ImprovementsConfig.KEY));
        for (Setting s : Setting.values()) {
            keys.add(s.fileKey);
        }
        return keys;
    }

    private static String example(Setting setting) {
        return switch (setting) {
            case JIRA -> "https://jira.example.com";
            case PROJECT -> "CHAOS";
            case CONFLUENCE -> "https://wiki.example.com";
            case SPACE -> "CHAOS";
            case NAME -> "Spring Chaos Day";
        };
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}
