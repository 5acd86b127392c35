package io.chaosday.cli;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import picocli.CommandLine;

/**
 * {@link PlanModel}, the programmatic model a {@code plan} run uses, is picocli's model of the
 * annotations: written from them as they are now, the same help, and every option read into the
 * same fields with the same refusals.
 */
public class PlanModelTest {

    private static final String WRITE = "chaosday.writePlanModel";

    @Test
    public void theModelIsWrittenFromTheAnnotationsAsTheyAreNow() throws Exception {
        String now = PlanModelSource.generate();
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(PlanModelSource.FILE, now);
        }
        assertEquals("PlanModel.java no longer matches the picocli annotations of ChaosDayCli and PlanCommand; write it again:"
                + " mvn -B test -Dtest=PlanModelTest -D" + WRITE + "=true", now, Files.readString(PlanModelSource.FILE));
    }

    private static ChaosDayCli root() {
        return new ChaosDayCli(Clock.systemUTC(), Map.of(), null, Path.of(""));
    }

    private static CommandLine annotated(PlanCommand plan) {
        CommandLine cli = new CommandLine(root());
        cli.addSubcommand("plan", plan);
        return cli;
    }

    private static CommandLine programmatic(PlanCommand plan) {
        return PlanModel.commandLine(root(), plan);
    }

    @Test
    public void theHelpIsPicocliOwn() {
        assertEquals(annotated(new PlanCommand()).getUsageMessage(), programmatic(new PlanCommand()).getUsageMessage());
        assertEquals(annotated(new PlanCommand()).getSubcommands().get("plan").getUsageMessage(),
                programmatic(new PlanCommand()).getSubcommands().get("plan").getUsageMessage());
    }

    private static final List<List<String>> READ = List.of(
            List.of(),
            List.of("--chaos-day", "2027-03-10", "--teams", "3"),
            List.of("--chaos-day=2027-03-10", "--team", "Payments", "--team", "Search"),
            List.of("--holiday", "2027-03-01", "--holiday", "2027-03-02", "--weekend", "FRI,SAT", "--weekend", "SUN"),
            List.of("--days", "2", "--name", "Spring", "--time-zone", "", "--allow-past", "--format", "JSON", "--out", "plan/"),
            List.of("--plan-file", "p.yaml", "--holidays-file", "h.txt", "--format", "ics"));

    @Test
    public void everyOptionIsReadIntoTheSameFields() throws Exception {
        for (List<String> args : READ) {
            PlanCommand byAnnotations = new PlanCommand();
            PlanCommand byModel = new PlanCommand();
            List<String> line = new ArrayList<>(List.of("plan"));
            line.addAll(args);
            annotated(byAnnotations).parseArgs(line.toArray(String[]::new));
            programmatic(byModel).parseArgs(line.toArray(String[]::new));
            assertEquals(args.toString(), fields(byAnnotations), fields(byModel));
        }
    }

    private static final List<List<String>> REFUSED = List.of(
            List.of("--teams", "2", "--team", "A"),
            List.of("--days", "two"),
            List.of("--format", "pdf"),
            List.of("--tems", "2"),
            List.of("--chaos-day"),
            List.of("extra"));

    @Test
    public void everyRefusalSaysTheSame() {
        for (List<String> args : REFUSED) {
            List<String> line = new ArrayList<>(List.of("plan"));
            line.addAll(args);
            assertEquals(args.toString(), refusal(annotated(new PlanCommand()), line), refusal(programmatic(new PlanCommand()), line));
        }
    }

    private static String refusal(CommandLine cli, List<String> line) {
        try {
            cli.parseArgs(line.toArray(String[]::new));
            return "accepted";
        } catch (CommandLine.ParameterException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Every field picocli fills, by name, with what it holds. */
    private static String fields(PlanCommand plan) throws IllegalAccessException {
        StringBuilder all = new StringBuilder();
        describe(plan, all);
        describe(plan.options, all);
        if (plan.options.teams != null) {
            describe(plan.options.teams, all);
        }
        return all.toString();
    }

    private static void describe(Object object, StringBuilder all) throws IllegalAccessException {
        for (Field field : object.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.getType() == CommandContext.class
                    || field.getType() == PlanOptions.class || field.getType() == PlanOptions.Teams.class) {
                continue;
            }
            field.setAccessible(true);
            all.append(object.getClass().getSimpleName()).append('.').append(field.getName()).append('=').append(field.get(object)).append('\n');
        }
        all.append(object.getClass().getSimpleName()).append(".teams given=")
                .append(object instanceof PlanOptions o ? String.valueOf(o.teams != null) : "-").append('\n');
    }
}
