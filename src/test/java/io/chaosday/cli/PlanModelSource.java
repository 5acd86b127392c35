package io.chaosday.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * Writes {@link PlanModel}: picocli's model of the top command and {@code plan}, as picocli builds
 * it from their annotations, written out as picocli's programmatic calls. A {@code plan} run then
 * reads no annotation (docs/speed.md, Start-up). What the generated model cannot say as picocli
 * would (positional parameters, nested groups, an option bound to anything but a field of the
 * command, a mixin or a group) stops the writing with the reason, so a new annotation is never
 * dropped silently.
 */
final class PlanModelSource {

    static final Path FILE = Path.of("src", "main", "java", "io", "chaosday", "cli", "PlanModel.java");

    private final StringBuilder out = new StringBuilder();

    /** The fields options are bound to, by the number the generated code gives each. */
    private final List<Binding> fields = new ArrayList<>();

    private PlanModelSource() {
    }

    /** The source of {@code PlanModel.java}, from the annotations as they are now. */
    static String generate() {
        CommandLine annotated = new CommandLine(new ChaosDayCli(java.time.Clock.systemUTC(), Map.of(), null, Path.of("")));
        annotated.addSubcommand("plan", new PlanCommand());
        return new PlanModelSource().write(annotated.getCommandSpec(), annotated.getSubcommands().get("plan").getCommandSpec());
    }

    private String write(CommandSpec root, CommandSpec plan) {
        line("// Written by PlanModelSource (src/test) from the picocli annotations of ChaosDayCli and PlanCommand.");
        line("// Do not edit: PlanModelTest fails when this file no longer matches them, and says how to write it again.");
        line("package io.chaosday.cli;");
        line("");
        line("import picocli.CommandLine;");
        line("import picocli.CommandLine.Model.ArgGroupSpec;");
        line("import picocli.CommandLine.Model.CommandSpec;");
        line("import picocli.CommandLine.Model.IGetter;");
        line("import picocli.CommandLine.Model.ISetter;");
        line("import picocli.CommandLine.Model.OptionSpec;");
        line("");
        line("/**");
        line(" * picocli's model of the top command and {@code plan}, as picocli builds it from their annotations,");
        line(" * built by picocli's programmatic calls: a {@code plan} run reads no annotation, each of which costs");
        line(" * a class the JVM makes at run time (docs/speed.md, Start-up).");
        line(" */");
        line("final class PlanModel {");
        line("");
        line("    private PlanModel() {");
        line("    }");
        line("");
        line("    /** The command line of {@code root} with {@code plan} as its one subcommand. */");
        line("    static CommandLine commandLine(ChaosDayCli root, PlanCommand plan) {");
        command("root", "rootSpec", root);
        command("plan", "planSpec", plan);
        line("        CommandLine cli = new CommandLine(rootSpec);");
        line("        cli.addSubcommand(\"plan\", new CommandLine(planSpec));");
        line("        return cli;");
        line("    }");
        line("");
        line("    /**");
        line("     * Reads and writes the field an option is bound to, by its number: one class for every option,");
        line("     * where a lambda each would be linked one by one at start-up.");
        line("     */");
        line("    private record Field(ChaosDayCli root, PlanCommand plan, int id) implements IGetter, ISetter {");
        line("");
        line("        @Override");
        line("        @SuppressWarnings(\"unchecked\") // picocli asks for the field's own type");
        line("        public <T> T get() {");
        line("            return (T) switch (id) {");
        for (int id = 0; id < fields.size(); id++) {
            line("                case " + id + " -> " + fields.get(id).read() + ";");
        }
        line("                default -> throw new IllegalStateException(\"no option field \" + id);");
        line("            };");
        line("        }");
        line("");
        line("        @Override");
        line("        @SuppressWarnings(\"unchecked\") // a list option's value is a list of its element type");
        line("        public <T> T set(T v) {");
        line("            switch (id) {");
        for (int id = 0; id < fields.size(); id++) {
            line("                case " + id + " -> " + fields.get(id).write() + (fields.get(id).write().endsWith("}") ? "" : ";"));
        }
        line("                default -> throw new IllegalStateException(\"no option field \" + id);");
        line("            }");
        line("            return null;");
        line("        }");
        line("    }");
        line("}");
        return out.toString();
    }

    private void command(String object, String spec, CommandSpec annotated) {
        if (!annotated.positionalParameters().isEmpty() || !annotated.subcommands().isEmpty() && !object.equals("root")) {
            throw unsupported(annotated, "positional parameters or subcommands of its own");
        }
        if (annotated.aliases().length > 0 || annotated.usageMessage().header().length > 0
                || !annotated.usageMessage().sortOptions() || annotated.usageMessage().hidden()) {
            throw unsupported(annotated, "aliases, a header, unsorted options or hiding");
        }
        Class<?> type = annotated.userObject().getClass();
        line("        CommandSpec " + spec + " = CommandSpec.wrapWithoutInspection(" + object + ");");
        line("        " + spec + ".name(" + literal(annotated.name()) + ");");
        line("        " + spec + ".usageMessage().description(" + literals(annotated.usageMessage().description()) + ")");
        line("                .footer(" + literals(annotated.usageMessage().footer()) + ");");
        specFields(type, object, spec, false);
        for (Map.Entry<String, CommandSpec> mixin : annotated.mixins().entrySet()) {
            Class<?> mixinType = mixin.getValue().userObject().getClass();
            if (mixin.getKey().equals("mixinStandardHelpOptions")) {
                continue;
            }
            if (!mixin.getValue().mixins().isEmpty() || !mixin.getValue().positionalParameters().isEmpty()) {
                throw unsupported(annotated, "a mixin with mixins or positional parameters: " + mixin.getKey());
            }
            line("        " + object + "." + mixin.getKey() + " = new " + mixinType.getSimpleName() + "();");
            specFields(mixinType, object + "." + mixin.getKey(), spec, true);
        }
        for (OptionSpec option : annotated.options()) {
            if (option.group() == null) {
                line("        " + spec + ".addOption(" + option(annotated, object, option) + ");");
            }
        }
        for (ArgGroupSpec group : annotated.argGroups()) {
            if (!group.subgroups().isEmpty() || group.heading() != null) {
                throw unsupported(annotated, "nested or headed argument groups");
            }
            line("        " + spec + ".addArgGroup(ArgGroupSpec.builder().exclusive(" + group.exclusive() + ").multiplicity("
                    + literal(group.multiplicity().toString()) + ").validate(" + group.validate() + ").order(" + group.order() + ")");
            for (var arg : group.args()) {
                line("                .addArg(" + option(annotated, object, (OptionSpec) arg) + ")");
            }
            line("                .build());");
        }
    }

    /** Each {@code @Spec} field of the command or a mixin gets the spec it asks for. */
    private void specFields(Class<?> type, String object, String spec, boolean mixin) {
        for (Field field : type.getDeclaredFields()) {
            Spec annotation = field.getAnnotation(Spec.class);
            if (annotation == null) {
                continue;
            }
            if (mixin && annotation.value() != Spec.Target.MIXEE) {
                throw new IllegalStateException("PlanModel cannot give " + type.getSimpleName() + "." + field.getName()
                        + " its own mixin spec; only @Spec(MIXEE) is written");
            }
            line("        " + object + "." + field.getName() + " = " + spec + ";");
        }
    }

    private String option(CommandSpec command, String object, OptionSpec option) {
        if (option.negatable() || option.converters().length > 0 || option.interactive() || option.inherited()
                || option.hideParamSyntax() || option.order() != -1
                || option.showDefaultValue() != CommandLine.Help.Visibility.ON_DEMAND) {
            throw unsupported(command, "option " + option.longestName() + ": negatable, converters, interactive, inherited,"
                    + " hidden parameter syntax, an order or a default shown other than on demand");
        }
        OptionSpec.Builder raw = option.toBuilder();
        StringBuilder b = new StringBuilder("OptionSpec.builder(" + literals(option.names()) + ")");
        b.append(".type(").append(typeName(option.type())).append(".class)");
        b.append(".auxiliaryTypes(").append(Arrays.stream(option.auxiliaryTypes()).map(t -> typeName(t) + ".class")
                .collect(Collectors.joining(", "))).append(")");
        b.append(".arity(").append(literal(option.arity().toString())).append(")");
        b.append(".paramLabel(").append(literal(raw.paramLabel())).append(")");
        b.append(".description(").append(literals(raw.description())).append(")");
        if (raw.defaultValue() != null) {
            b.append(".defaultValue(").append(literal(raw.defaultValue())).append(")");
        }
        if (!raw.splitRegex().isEmpty()) {
            b.append(".splitRegex(").append(literal(raw.splitRegex())).append(")");
        }
        b.append(option.required() ? ".required(true)" : "");
        b.append(option.hidden() ? ".hidden(true)" : "");
        b.append(option.usageHelp() ? ".usageHelp(true)" : "");
        b.append(option.versionHelp() ? ".versionHelp(true)" : "");
        b.append(".hasInitialValue(false)");
        binding(command, object, option).ifPresent(field -> {
            fields.add(field);
            int id = fields.size() - 1;
            b.append(".getter(new Field(root, plan, ").append(id).append(")).setter(new Field(root, plan, ").append(id).append("))");
        });
        return b.append(".build()").toString();
    }

    /** How the generated code reads and writes an option's field. */
    private record Binding(String read, String write) {
    }

    /**
     * Where a value goes: the option's field, on the command, its mixin or its group (made on the
     * group's first value). A list option is read before each value is added to it.
     */
    private Optional<Binding> binding(CommandSpec command, String object, OptionSpec option) {
        if (!(option.userObject() instanceof Field field)) {
            throw unsupported(command, "an option not bound to a field: " + option.longestName());
        }
        Class<?> owner = field.getDeclaringClass();
        String value = "(" + castType(field.getGenericType()) + ") v";
        if (owner.getName().startsWith("picocli.")) {
            return Optional.empty(); // --help and --version: picocli reads them from what it parsed
        }
        if (owner == command.userObject().getClass()) {
            String at = object + "." + field.getName();
            return Optional.of(new Binding(at, at + " = " + value));
        }
        for (Map.Entry<String, CommandSpec> mixin : command.mixins().entrySet()) {
            if (mixin.getValue().userObject().getClass() == owner) {
                String at = object + "." + mixin.getKey() + "." + field.getName();
                return Optional.of(new Binding(at, at + " = " + value));
            }
            for (Field holder : mixin.getValue().userObject().getClass().getDeclaredFields()) {
                if (holder.getAnnotation(ArgGroup.class) != null && holder.getType() == owner) {
                    String group = object + "." + mixin.getKey() + "." + holder.getName();
                    return Optional.of(new Binding("(" + group + " == null ? null : " + group + "." + field.getName() + ")",
                            "{ if (" + group + " == null) { " + group + " = new " + typeName(owner) + "(); } "
                            + group + "." + field.getName() + " = " + value + "; }"));
                }
            }
        }
        throw unsupported(command, "an option on a class that is neither the command, a mixin nor a group: " + option.longestName());
    }

    private static String castType(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive() ? typeName(box(c)) : typeName(c);
        }
        ParameterizedType p = (ParameterizedType) type;
        return typeName((Class<?>) p.getRawType()) + "<" + Arrays.stream(p.getActualTypeArguments()).map(PlanModelSource::castType)
                .collect(Collectors.joining(", ")) + ">";
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == boolean.class ? Boolean.class : primitive == int.class ? Integer.class
                : primitive == long.class ? Long.class : primitive;
    }

    private static String typeName(Class<?> type) {
        if (type.isPrimitive() || type.getPackageName().equals("io.chaosday.cli")) {
            return type.getName().replace("io.chaosday.cli.", "").replace('$', '.');
        }
        return type.getName().replace('$', '.');
    }

    private static IllegalStateException unsupported(CommandSpec command, String what) {
        return new IllegalStateException("PlanModel cannot write " + command.name() + "'s " + what);
    }

    private static String literals(String[] values) {
        List<String> all = new ArrayList<>();
        for (String value : values) {
            all.add(literal(value));
        }
        return String.join(", ", all);
    }

    private static String literal(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> s.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
