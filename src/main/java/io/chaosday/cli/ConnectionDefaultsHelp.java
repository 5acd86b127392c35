package io.chaosday.cli;

import io.chaosday.cli.ConnectionDefaults.Setting;
import io.chaosday.http.CredentialSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** A help section on commands that connect: each connection default in effect, and where it comes from. */
final class ConnectionDefaultsHelp implements CommandLine.IHelpSectionRenderer {

    private static final String SECTION = "connectionDefaults";

    private final CommandLine command;

    private ConnectionDefaultsHelp(CommandLine command) {
        this.command = command;
    }

    /** Adds the section, just before the footer, to a command that has {@code --jira}. */
    static void addTo(CommandLine command) {
        if (command.getCommandSpec().findOption("--jira") == null) {
            return;
        }
        command.getHelpSectionMap().put(SECTION, new ConnectionDefaultsHelp(command));
        List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION);
        command.setHelpSectionKeys(keys);
    }

    @Override
    public String render(CommandLine.Help help) {
        ChaosDayCli root = (ChaosDayCli) command.getCommandSpec().root().userObject();
        OptionSpec configOption = command.getCommandSpec().findOption("--config");
        Optional<Path> config = Optional.ofNullable(configOption == null ? null : configOption.getValue());
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(nl + "Defaults in effect (an option beats the environment, the environment" + nl
                + "beats " + ConnectionDefaults.FILE_NAME + ", which beats your own config file):" + nl);
        ConnectionDefaults defaults;
        try {
            defaults = ConnectionDefaults.read(root.environment(), config, root.workingDirectory());
        } catch (UsageException e) {
            return text.append("  none: ").append(e.getMessage()).append(nl).toString();
        }
        for (Setting setting : Setting.values()) {
            if (command.getCommandSpec().findOption(setting.option) == null) {
                continue;
            }
            text.append(String.format("  %-13s %s%n", setting.option, defaults.get(setting)
                    .map(v -> WebAddress.masked(v.text()) + " (from " + v.source() + ")")
                    .orElse("not set (" + setting.variable + ", or '" + setting.fileKey + ":' in the config file)")));
        }
        tokenLine(text, "--token-file", "JIRA", "token");
        tokenLine(text, "--confluence-token-file", "CONFLUENCE", "conf. token");
        return text.toString();
    }

    /** Where the token comes from, never the token itself. */
    private void tokenLine(StringBuilder text, String fileOption, String prefix, String label) {
        OptionSpec option = command.getCommandSpec().findOption(fileOption);
        if (option == null) {
            return;
        }
        ChaosDayCli root = (ChaosDayCli) command.getCommandSpec().root().userObject();
        Optional<Path> file = Optional.ofNullable(option.getValue());
        String where = new CredentialSource(prefix, root.environment(), file, warning -> { }).whereFrom();
        text.append(String.format("  %-13s %s%n", label, where));
    }
}
