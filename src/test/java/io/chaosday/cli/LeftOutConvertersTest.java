package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The launcher tells picocli to leave out its converters for some types (they build the JDK's date
 * formatters at start-up); no option or parameter of any command may be of such a type, or it
 * would work in the tests and fail when run through the launcher.
 */
public class LeftOutConvertersTest {

    private static final Pattern EXCLUDES = Pattern.compile("-Dpicocli\\.converters\\.excludes=([^' ]+)");

    @Test
    public void noOptionIsOfATypeWhoseConverterTheLauncherLeavesOut() throws Exception {
        Matcher flag = EXCLUDES.matcher(Files.readString(Path.of("chaosday")));
        assertTrue("the launcher names the converters it leaves out", flag.find());
        List<String> excluded = List.of(flag.group(1).split(","));
        List<String> clashes = new ArrayList<>();
        every(ChaosDayCli.commandLine(Clock.systemUTC(), Map.of(), null, Path.of(""), new String[0]), excluded, clashes);
        every(PlanModel.commandLine(new ChaosDayCli(Clock.systemUTC(), Map.of(), null, Path.of("")), new PlanCommand()),
                excluded, clashes);
        assertEquals(List.of(), clashes);
    }

    private static void every(CommandLine command, List<String> excluded, List<String> clashes) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
            types.addAll(List.of(arg.auxiliaryTypes()));
            for (Class<?> type : types) {
                if (excluded.stream().anyMatch(regex -> type.getName().matches(regex))) {
                    clashes.add(command.getCommandSpec().qualifiedName() + " " + arg.paramLabel() + ": " + type.getName());
                }
            }
        }
        command.getSubcommands().values().forEach(sub -> every(sub, excluded, clashes));
    }
}
