package io.chaosday.cli;

import io.chaosday.workflow.ImprovementRoutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where each team's improvement tickets go, from the {@code improvements:} part of the config
 * files: the working folder's file ({@code --config FILE} or {@code .chaosday.yaml}) when it has
 * one, else the user's own file. No part of it means today's way: tasks in the Chaos Day's project.
 *
 * <pre>
 * improvements:
 *   Payments:
 *     project: PAY
 *     type: Story
 *     epic: PAY-120
 *     labels: [reliability]
 * </pre>
 */
final class ImprovementsConfig {

    static final String KEY = "improvements";

    private static final Set<String> SETTINGS = Set.of("project", "type", "epic", "labels");

    private ImprovementsConfig() {
    }

    /** The routes in effect; checks the part's shape, naming the file and what to write instead. */
    static ImprovementRoutes read(Map<String, String> environment, Optional<Path> configFile, Path workingDirectory) {
        Path file = configFile.orElse(workingDirectory.resolve(ConnectionDefaults.FILE_NAME));
        String shownName = configFile.map(Path::toString).orElse(ConnectionDefaults.FILE_NAME);
        if (configFile.isPresent() || Files.isRegularFile(file)) {
            Optional<Object> routes = partOf(file, shownName);
            if (routes.isPresent()) {
                return routes(routes.get(), shownName);
            }
        }
        Optional<Path> user = UserConfig.file(environment).filter(Files::isRegularFile);
        return user.flatMap(u -> partOf(u, u.toString()).map(part -> routes(part, u.toString()))).orElse(ImprovementRoutes.NONE);
    }

    /** The part as a file holds it, to be written back unchanged when the rest of the file is rewritten. */
    static Optional<String> asWritten(Path file) {
        return partOf(file, file.toString()).map(part -> {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            return new Yaml(options).dump(Map.of(KEY, part));
        });
    }

    private static Optional<Object> partOf(Path file, String shownName) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(PlanOptions.read(file, "--config",
                    ConnectionDefaults.MAX_BYTES));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            return Optional.empty(); // the connection defaults, read first, say what is wrong with the file
        }
        return root instanceof Map<?, ?> map ? Optional.ofNullable(map.get(KEY)) : Optional.empty();
    }

    private static ImprovementRoutes routes(Object part, String file) {
        if (!(part instanceof Map<?, ?> teams)) {
            throw new UsageException(file + ": 'improvements' must name each team and where its tickets go, e.g. "
                    + "'improvements: {Payments: {project: PAY}}'");
        }
        Map<String, ImprovementRoutes.Route> routes = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : teams.entrySet()) {
            String team = String.valueOf(entry.getKey()).strip();
            String where = file + ": improvements: " + team;
            if (!(entry.getValue() instanceof Map<?, ?> settings) || settings.isEmpty()) {
                throw new UsageException(where + " must say where its tickets go, e.g. 'project: PAY' (with type, epic, labels)");
            }
            Map<String, Object> given = new LinkedHashMap<>();
            settings.forEach((key, value) -> {
                String name = String.valueOf(key);
                if (!SETTINGS.contains(name)) {
                    throw new UsageException(where + ": '" + name + "' is not a setting; use epic, labels, project, type");
                }
                given.put(name, value);
            });
            routes.put(team, new ImprovementRoutes.Route(single(given, "project", where), single(given, "type", where),
                    single(given, "epic", where), labels(given.get("labels"), where)));
        }
        return new ImprovementRoutes(routes);
    }

    private static Optional<String> single(Map<String, Object> given, String key, String where) {
        Object value = given.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String || value instanceof Number) || String.valueOf(value).isBlank()) {
            throw new UsageException(where + ": '" + key + "' must be a single value, e.g. " + key + ": " + switch (key) {
                case "project" -> "PAY";
                case "type" -> "Story";
                default -> "PAY-120";
            });
        }
        return Optional.of(String.valueOf(value).strip());
    }

    private static List<String> labels(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        List<?> given = value instanceof List<?> list ? list : List.of(value);
        List<String> labels = new ArrayList<>();
        for (Object each : given) {
            String label = String.valueOf(each).strip();
            if (!(each instanceof String || each instanceof Number) || label.isEmpty() || label.matches(".*\\s.*")) {
                throw new UsageException(where + ": labels must be words without spaces, as Jira's labels are, e.g. "
                        + "labels: [reliability, chaos-day]");
            }
            labels.add(label);
        }
        return labels;
    }
}
