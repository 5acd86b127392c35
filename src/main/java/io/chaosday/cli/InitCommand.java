package io.chaosday.cli;

import io.chaosday.cli.ConnectionDefaults.Setting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chaosday init}: writes the user's own defaults (where Jira and Confluence are, the
 * project, the space, and optionally which Chaos Day), asking for each on a terminal. Never a token.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Remember where Jira and Confluence are, once, in your own config file.", "",
            "Writes $XDG_CONFIG_HOME/chaosday/config.yaml (else ~/.config/chaosday/config.yaml). On a terminal it asks "
                + "for each setting not given as an option, showing the one kept; elsewhere it takes the options only. "
                + "Settings not given keep their value. Tokens are never written: they stay in the environment "
                + "(JIRA_TOKEN, CONFLUENCE_TOKEN) or in a token file.", "",
            "Every command reads, in this order: its options, the environment, .chaosday.yaml in the working folder, "
                + "then this file."},
        footer = {"", "Examples:",
            "  chaosday init",
            "  chaosday init --jira https://jira.example.com --project CHAOS \\",
            "      --confluence https://wiki.example.com --space CHAOS",
            "  chaosday init --name \"Spring Chaos Day\"", "", "--name is for a project that holds several Chaos Days."})
public final class InitCommand implements Callable<Integer> {

    /** Typed as an answer, clears the setting. */
    static final String CLEAR = "-";

    @Mixin
    CommandContext context;

    @Option(names = "--jira", paramLabel = "URL", description = "Base URL of Jira, e.g. https://jira.example.com.")
    String jira;

    @Option(names = "--project", paramLabel = "KEY", description = "Jira project key, e.g. CHAOS.")
    String project;

    @Option(names = "--confluence", paramLabel = "URL", description = "Base URL of Confluence, e.g. https://wiki.example.com.")
    String confluence;

    @Option(names = "--space", paramLabel = "KEY", description = "Confluence space key to publish into.")
    String space;

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Which Chaos Day commands work on when a project holds several ('" + CLEAR + "' forgets it).")
    String name;

    @Option(names = "--no-input", description = "Ask nothing, even on a terminal: take the options only.")
    boolean noInput;

    /** Where answers come from on a terminal; empty when there is no terminal to ask on. */
    Optional<BufferedReader> terminal = Optional.ofNullable(System.console())
            .map(console -> new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));

    @Override
    public Integer call() {
        Path file = UserConfig.file(context.root().environment()).orElseThrow(() -> new UsageException(
                "neither XDG_CONFIG_HOME nor HOME is set to a full path, so there is no place for your config file; set HOME"));
        Map<Setting, String> kept = Files.isRegularFile(file) ? ConnectionDefaults.settingsIn(file) : Map.of();
        Optional<String> improvements = Files.isRegularFile(file) ? ImprovementsConfig.asWritten(file) : Optional.empty();
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        put(given, Setting.JIRA, jira);
        put(given, Setting.PROJECT, project);
        put(given, Setting.CONFLUENCE, confluence);
        put(given, Setting.SPACE, space);
        put(given, Setting.NAME, name);
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        settings.putAll(kept);
        PrintWriter err = context.err();
        for (Setting setting : Setting.values()) {
            String value = given.containsKey(setting) ? given.get(setting) : askFor(setting, settings.get(setting), err);
            if (value == null) {
                continue;
            }
            if (value.equals(CLEAR)) {
                settings.remove(setting);
            } else {
                settings.put(setting, checked(setting, value));
            }
        }
        write(file, settings, improvements);
        PrintWriter out = context.out();
        out.println("wrote " + file);
        settings.forEach((setting, value) -> out.printf("  %-11s %s%n", setting.fileKey + ":", value));
        out.println("Tokens are not kept there: set JIRA_TOKEN (and CONFLUENCE_TOKEN) in your environment, "
                + "or JIRA_TOKEN_FILE naming a file only you can read.");
        return ExitCodes.OK;
    }

    private static void put(Map<Setting, String> given, Setting setting, String value) {
        if (value != null) {
            given.put(setting, value.strip());
        }
    }

    /** Asks on the terminal until the answer is good; null keeps what is there. Without a terminal, asks nothing. */
    private String askFor(Setting setting, String current, PrintWriter err) {
        if (noInput || terminal.isEmpty()) {
            return null;
        }
        while (true) {
            err.print(question(setting) + (current == null ? "" : " [" + current + "]")
                    + (current == null ? ": " : " (Enter keeps it, '" + CLEAR + "' clears it): "));
            err.flush();
            String answer;
            try {
                answer = terminal.get().readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (answer == null) {
                throw new UsageException("input ended before every question was answered; nothing was written");
            }
            answer = answer.strip();
            if (answer.isEmpty()) {
                return null;
            }
            try {
                return answer.equals(CLEAR) ? CLEAR : checked(setting, answer);
            } catch (UsageException e) {
                err.println(e.getMessage());
            }
        }
    }

    private static String question(Setting setting) {
        return switch (setting) {
            case JIRA -> "Jira address (e.g. https://jira.example.com)";
            case PROJECT -> "Jira project key (e.g. CHAOS)";
            case CONFLUENCE -> "Confluence address, for publishing (e.g. https://wiki.example.com; empty for none)";
            case SPACE -> "Confluence space key (empty for none)";
            case NAME -> "Chaos Day name, only when a project holds several (empty for none)";
        };
    }

    /** The value as it will be written, or one line saying what is wrong with it. */
    static String checked(Setting setting, String value) {
        return switch (setting) {
            case JIRA, CONFLUENCE -> {
                WebAddress.parse(setting.option, value);
                yield value;
            }
            case PROJECT -> {
                String key = value.toUpperCase(Locale.ROOT);
                if (!key.matches("[A-Z][A-Z0-9_]{0,254}")) {
                    throw new UsageException(setting.option + " '" + value + "' is not a Jira project key; keys start with a "
                            + "letter and hold letters, digits and '_', e.g. CHAOS");
                }
                yield key;
            }
            case SPACE -> {
                if (!value.matches("~?[A-Za-z0-9_.@-]{1,255}")) {
                    throw new UsageException(setting.option + " '" + value + "' is not a Confluence space key; e.g. CHAOS");
                }
                yield value;
            }
            case NAME -> {
                if (value.chars().anyMatch(Character::isISOControl)) {
                    throw new UsageException("--name holds a control character; give the name as plain text");
                }
                yield value;
            }
        };
    }

    /** Written whole to a temporary file beside it, then moved into place: never half a file. */
    private static void write(Path file, Map<Setting, String> settings, Optional<String> improvements) {
        StringBuilder text = new StringBuilder("# chaosday's defaults, written by 'chaosday init'. Never put a token here:\n"
                + "# tokens come from JIRA_TOKEN / CONFLUENCE_TOKEN or a token file.\n");
        Map<String, String> lines = new LinkedHashMap<>();
        settings.forEach((setting, value) -> lines.put(setting.fileKey, value));
        lines.forEach((key, value) -> text.append(key).append(": ").append(quoted(value)).append('\n'));
        improvements.ifPresent(text::append); // where improvement tickets go is kept as it was
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".config", ".yaml.tmp");
            try {
                Files.writeString(temporary, text);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CommandFailure("could not write " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** A YAML double-quoted scalar: whatever the text holds, it reads back as the same string. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
