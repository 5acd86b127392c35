// Written by PlanModelSource (src/test) from the picocli annotations of ChaosDayCli and PlanCommand.
// Do not edit: PlanModelTest fails when this file no longer matches them, and says how to write it again.
package io.chaosday.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's model of the top command and {@code plan}, as picocli builds it from their annotations,
 * built by picocli's programmatic calls: a {@code plan} run reads no annotation, each of which costs
 * a class the JVM makes at run time (docs/speed.md, Start-up).
 */
final class PlanModel {

    private PlanModel() {
    }

    /** The command line of {@code root} with {@code plan} as its one subcommand. */
    @SuppressWarnings("unchecked") // a list option's value is the list of its element type
    static CommandLine commandLine(ChaosDayCli root, PlanCommand plan) {
        CommandSpec rootSpec = CommandSpec.wrapWithoutInspection(root);
        rootSpec.name("chaosday");
        rootSpec.usageMessage().description("Plan, run and learn from a Chaos Day in Jira and Confluence.", "", "Start with: chaosday plan --chaos-day YYYY-MM-DD --teams N", "Then, once: chaosday init (where Jira and Confluence are)")
                .footer("", "Exit codes:", "  0  done", "  1  the work failed: Jira, Confluence or a file (the message says what)", "  2  bad input or setup: the message says what to change", "  3  status --fail-on-overdue found overdue tickets; ready found the Chaos Day not ready (no-go)");
        root.spec = rootSpec;
        rootSpec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<helpRequested>").description("Show this help message and exit.").usageHelp(true).hasInitialValue(false).build());
        rootSpec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<versionRequested>").description("Print version information and exit.").versionHelp(true).hasInitialValue(false).build());
        CommandSpec planSpec = CommandSpec.wrapWithoutInspection(plan);
        planSpec.name("plan");
        planSpec.usageMessage().description("Work out a Chaos Day's timeline offline.", "", "Four phase epics (plan, execute, review, share) and their tickets, with due dates worked back from the Chaos Day and scaled by the number of teams. Nothing is sent anywhere. Use --out to write every format at once, ready to import.")
                .footer("", "Examples:", "  chaosday plan --chaos-day 2027-03-10 --teams 4", "  chaosday plan --chaos-day 2027-03-10 --team Payments --team Search \\", "      --holiday 2027-03-01 --out plan/");
        plan.context = new CommandContext();
        plan.context.command = planSpec;
        plan.options = new PlanOptions();
        planSpec.addOption(OptionSpec.builder("--chaos-day").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("YYYY-MM-DD").description("First day of the Chaos Day; must be a working day.").hasInitialValue(false).getter(from(() -> plan.options.chaosDay)).setter(into(v -> plan.options.chaosDay = (java.lang.String) v)).build());
        planSpec.addOption(OptionSpec.builder("--days").type(java.lang.Integer.class).auxiliaryTypes(java.lang.Integer.class).arity("1").paramLabel("L").description("How many working days it lasts, 1 to 5 (default: 1).").hasInitialValue(false).getter(from(() -> plan.options.days)).setter(into(v -> plan.options.days = (java.lang.Integer) v)).build());
        planSpec.addOption(OptionSpec.builder("--holiday").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("YYYY-MM-DD").description("A day nobody works; repeat as needed.").hasInitialValue(false).getter(from(() -> plan.options.holidays)).setter(into(v -> plan.options.holidays = (java.util.List<java.lang.String>) v)).build());
        planSpec.addOption(OptionSpec.builder("--holidays-file").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("FILE").description("Holidays, one YYYY-MM-DD per line ('#' starts a comment).").hasInitialValue(false).getter(from(() -> plan.options.holidaysFile)).setter(into(v -> plan.options.holidaysFile = (java.nio.file.Path) v)).build());
        planSpec.addOption(OptionSpec.builder("--weekend").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("DAYS").description("Days of the week nobody works, e.g. SAT,SUN or FRI,SAT (default: SAT,SUN).").splitRegex(",").hasInitialValue(false).getter(from(() -> plan.options.weekend)).setter(into(v -> plan.options.weekend = (java.util.List<java.lang.String>) v)).build());
        planSpec.addOption(OptionSpec.builder("--name").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("TEXT").description("Name of the Chaos Day (default: \"Chaos Day\"; for commands that talk to Jira, CHAOSDAY_NAME or 'name:' in the config file first).").hasInitialValue(false).getter(from(() -> plan.options.name)).setter(into(v -> plan.options.name = (java.lang.String) v)).build());
        planSpec.addOption(OptionSpec.builder("--plan-file").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("FILE").description("YAML plan file with your own numbers and texts; options given here win over it.").hasInitialValue(false).getter(from(() -> plan.options.planFile)).setter(into(v -> plan.options.planFile = (java.nio.file.Path) v)).build());
        planSpec.addOption(OptionSpec.builder("--time-zone").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("ZONE").description("The time zone the day's run log is kept in, e.g. Europe/London; \"\" for this machine's own (the default).").hasInitialValue(false).getter(from(() -> plan.options.timeZone)).setter(into(v -> plan.options.timeZone = (java.lang.String) v)).build());
        planSpec.addOption(OptionSpec.builder("--allow-past").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<allowPast>").description("Accept a plan whose first tickets are already overdue.").hasInitialValue(false).getter(from(() -> plan.options.allowPast)).setter(into(v -> plan.options.allowPast = (java.lang.Boolean) v)).build());
        planSpec.addOption(OptionSpec.builder("--format").type(OutputFormat.class).auxiliaryTypes(OutputFormat.class).arity("1").paramLabel("FORMAT").description("One of ${COMPLETION-CANDIDATES}: a table, JSON, the Jira CSV import file, a calendar (ics) or a timeline page (html). Default: ${DEFAULT-VALUE}.").defaultValue("table").hasInitialValue(false).getter(from(() -> plan.format)).setter(into(v -> plan.format = (OutputFormat) v)).build());
        planSpec.addOption(OptionSpec.builder("--out").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("DIR").description("Write every format into DIR instead of printing one.").hasInitialValue(false).getter(from(() -> plan.out)).setter(into(v -> plan.out = (java.nio.file.Path) v)).build());
        planSpec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<helpRequested>").description("Show this help message and exit.").usageHelp(true).hasInitialValue(false).build());
        planSpec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<versionRequested>").description("Print version information and exit.").versionHelp(true).hasInitialValue(false).build());
        planSpec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1").validate(true).order(-1)
                .addArg(OptionSpec.builder("--teams").type(java.lang.Integer.class).auxiliaryTypes(java.lang.Integer.class).arity("1").paramLabel("N").description("Number of teams taking part, 1 to 100 (named Team 1 to Team N).").required(true).hasInitialValue(false).getter(from(() -> plan.options.teams == null ? null : plan.options.teams.count)).setter(into(v -> { if (plan.options.teams == null) { plan.options.teams = new PlanOptions.Teams(); } plan.options.teams.count = (java.lang.Integer) v; })).build())
                .addArg(OptionSpec.builder("--team").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("NAME").description("A team taking part; repeat for each team.").required(true).hasInitialValue(false).getter(from(() -> plan.options.teams == null ? null : plan.options.teams.names)).setter(into(v -> { if (plan.options.teams == null) { plan.options.teams = new PlanOptions.Teams(); } plan.options.teams.names = (java.util.List<java.lang.String>) v; })).build())
                .build());
        CommandLine cli = new CommandLine(rootSpec);
        cli.addSubcommand("plan", new CommandLine(planSpec));
        return cli;
    }

    /** A getter reading a field of the command, one of its mixins or one of its groups. */
    private static IGetter from(java.util.function.Supplier<Object> field) {
        return new IGetter() {
            @Override
            @SuppressWarnings("unchecked") // picocli asks for the field's own type
            public <T> T get() {
                return (T) field.get();
            }
        };
    }

    /** A setter writing each value into a field of the command, one of its mixins or one of its groups. */
    private static ISetter into(java.util.function.Consumer<Object> field) {
        return new ISetter() {
            @Override
            public <T> T set(T value) {
                field.accept(value);
                return null;
            }
        };
    }
}
