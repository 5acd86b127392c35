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
        planSpec.addOption(OptionSpec.builder("--chaos-day").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("YYYY-MM-DD").description("First day of the Chaos Day; must be a working day.").hasInitialValue(false).getter(new Field(root, plan, 0)).setter(new Field(root, plan, 0)).build());
        planSpec.addOption(OptionSpec.builder("--days").type(java.lang.Integer.class).auxiliaryTypes(java.lang.Integer.class).arity("1").paramLabel("L").description("How many working days it lasts, 1 to 5 (default: 1).").hasInitialValue(false).getter(new Field(root, plan, 1)).setter(new Field(root, plan, 1)).build());
        planSpec.addOption(OptionSpec.builder("--holiday").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("YYYY-MM-DD").description("A day nobody works; repeat as needed.").hasInitialValue(false).getter(new Field(root, plan, 2)).setter(new Field(root, plan, 2)).build());
        planSpec.addOption(OptionSpec.builder("--holidays-file").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("FILE").description("Holidays, one YYYY-MM-DD per line ('#' starts a comment).").hasInitialValue(false).getter(new Field(root, plan, 3)).setter(new Field(root, plan, 3)).build());
        planSpec.addOption(OptionSpec.builder("--weekend").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("DAYS").description("Days of the week nobody works, e.g. SAT,SUN or FRI,SAT (default: SAT,SUN).").splitRegex(",").hasInitialValue(false).getter(new Field(root, plan, 4)).setter(new Field(root, plan, 4)).build());
        planSpec.addOption(OptionSpec.builder("--name").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("TEXT").description("Name of the Chaos Day (default: \"Chaos Day\"; for commands that talk to Jira, CHAOSDAY_NAME or 'name:' in the config file first).").hasInitialValue(false).getter(new Field(root, plan, 5)).setter(new Field(root, plan, 5)).build());
        planSpec.addOption(OptionSpec.builder("--plan-file").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("FILE").description("YAML plan file with your own numbers and texts; options given here win over it.").hasInitialValue(false).getter(new Field(root, plan, 6)).setter(new Field(root, plan, 6)).build());
        planSpec.addOption(OptionSpec.builder("--time-zone").type(java.lang.String.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("ZONE").description("The time zone the day's run log is kept in, e.g. Europe/London; \"\" for this machine's own (the default).").hasInitialValue(false).getter(new Field(root, plan, 7)).setter(new Field(root, plan, 7)).build());
        planSpec.addOption(OptionSpec.builder("--allow-past").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<allowPast>").description("Accept a plan whose first tickets are already overdue.").hasInitialValue(false).getter(new Field(root, plan, 8)).setter(new Field(root, plan, 8)).build());
        planSpec.addOption(OptionSpec.builder("--format").type(OutputFormat.class).auxiliaryTypes(OutputFormat.class).arity("1").paramLabel("FORMAT").description("One of ${COMPLETION-CANDIDATES}: a table, JSON, the Jira CSV import file, a calendar (ics) or a timeline page (html). Default: ${DEFAULT-VALUE}.").defaultValue("table").hasInitialValue(false).getter(new Field(root, plan, 9)).setter(new Field(root, plan, 9)).build());
        planSpec.addOption(OptionSpec.builder("--out").type(java.nio.file.Path.class).auxiliaryTypes(java.nio.file.Path.class).arity("1").paramLabel("DIR").description("Write every format into DIR instead of printing one.").hasInitialValue(false).getter(new Field(root, plan, 10)).setter(new Field(root, plan, 10)).build());
        planSpec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<helpRequested>").description("Show this help message and exit.").usageHelp(true).hasInitialValue(false).build());
        planSpec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).auxiliaryTypes(boolean.class).arity("0").paramLabel("<versionRequested>").description("Print version information and exit.").versionHelp(true).hasInitialValue(false).build());
        planSpec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1").validate(true).order(-1)
                .addArg(OptionSpec.builder("--teams").type(java.lang.Integer.class).auxiliaryTypes(java.lang.Integer.class).arity("1").paramLabel("N").description("Number of teams taking part, 1 to 100 (named Team 1 to Team N).").required(true).hasInitialValue(false).getter(new Field(root, plan, 11)).setter(new Field(root, plan, 11)).build())
                .addArg(OptionSpec.builder("--team").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).arity("1").paramLabel("NAME").description("A team taking part; repeat for each team.").required(true).hasInitialValue(false).getter(new Field(root, plan, 12)).setter(new Field(root, plan, 12)).build())
                .build());
        CommandLine cli = new CommandLine(rootSpec);
        cli.addSubcommand("plan", new CommandLine(planSpec));
        return cli;
    }

    /**
     * Reads and writes the field an option is bound to, by its number: one class for every option,
     * where a lambda each would be linked one by one at start-up.
     */
    private record Field(ChaosDayCli root, PlanCommand plan, int id) implements IGetter, ISetter {

        @Override
        @SuppressWarnings("unchecked") // picocli asks for the field's own type
        public <T> T get() {
            return (T) switch (id) {
                case 0 -> plan.options.chaosDay;
                case 1 -> plan.options.days;
                case 2 -> plan.options.holidays;
                case 3 -> plan.options.holidaysFile;
                case 4 -> plan.options.weekend;
                case 5 -> plan.options.name;
                case 6 -> plan.options.planFile;
                case 7 -> plan.options.timeZone;
                case 8 -> plan.options.allowPast;
                case 9 -> plan.format;
                case 10 -> plan.out;
                case 11 -> (plan.options.teams == null ? null : plan.options.teams.count);
                case 12 -> (plan.options.teams == null ? null : plan.options.teams.names);
                default -> throw new IllegalStateException("no option field " + id);
            };
        }

        @Override
        @SuppressWarnings("unchecked") // a list option's value is a list of its element type
        public <T> T set(T v) {
            switch (id) {
                case 0 -> plan.options.chaosDay = (java.lang.String) v;
                case 1 -> plan.options.days = (java.lang.Integer) v;
                case 2 -> plan.options.holidays = (java.util.List<java.lang.String>) v;
                case 3 -> plan.options.holidaysFile = (java.nio.file.Path) v;
                case 4 -> plan.options.weekend = (java.util.List<java.lang.String>) v;
                case 5 -> plan.options.name = (java.lang.String) v;
                case 6 -> plan.options.planFile = (java.nio.file.Path) v;
                case 7 -> plan.options.timeZone = (java.lang.String) v;
                case 8 -> plan.options.allowPast = (java.lang.Boolean) v;
                case 9 -> plan.format = (OutputFormat) v;
                case 10 -> plan.out = (java.nio.file.Path) v;
                case 11 -> { if (plan.options.teams == null) { plan.options.teams = new PlanOptions.Teams(); } plan.options.teams.count = (java.lang.Integer) v; }
                case 12 -> { if (plan.options.teams == null) { plan.options.teams = new PlanOptions.Teams(); } plan.options.teams.names = (java.util.List<java.lang.String>) v; }
                default -> throw new IllegalStateException("no option field " + id);
            }
            return null;
        }
    }
}
