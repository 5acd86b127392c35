package io.chaosday.architecture;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The engine runs under two hosts, so it never words anything in one host's terms: no
 * command-line option ("--name") and no command ("chaosday create") anywhere in its sources,
 * code or comment. Each host words the engine's failures itself.
 */
public class EngineSpeaksNoHostTest {

    private static final List<String> ENGINE = List.of("plan", "review", "tracker", "workflow");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");
    private static final Pattern COMMAND = Pattern.compile("\\bchaosday [a-z]+");

    @Test
    public void engineSourcesNameNoOptionAndNoCommand() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String pkg : ENGINE) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/chaosday", pkg))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    found.addAll(hostWords(source));
                }
            }
        }
        assertTrue("read the engine's sources from the project directory", files > 50);
        assertTrue("the engine names host options or commands; give the facts in a typed failure and word them "
                + "in the host instead:\n" + String.join("\n", found), found.isEmpty());
    }

    @Test
    public void theScanFindsOptionsAndCommands() {
        assertTrue(OPTION.matcher("\"give one with --name\"").find());
        assertTrue(COMMAND.matcher("run 'chaosday create' first").find());
        assertTrue(!OPTION.matcher("label + \"--\" + item; a -- b; x--y").find());
        assertTrue(!COMMAND.matcher("io.chaosday.identity").find());
    }

    private static List<String> hostWords(Path source) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            for (Pattern pattern : List.of(OPTION, COMMAND)) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    found.add(source + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }
}
