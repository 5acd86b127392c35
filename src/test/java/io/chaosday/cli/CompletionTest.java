package io.chaosday.cli;

import io.chaosday.testing.Installed;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CompletionTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** Loads the printed script into bash and asks it to complete {@code words}, as pressing Tab would. */
    private List<String> complete(String... words) throws Exception {
        CliRun script = CliRun.of("completion");
        assertEquals(script.err(), 0, script.exit());
        Path file = tmp.newFile().toPath();
        Files.writeString(file, script.out());
        String line = String.join(" ", words);
        // compopt only works inside a completion bash itself started; outside one it complains, so it is stubbed
        String probe = "source " + file + "\n"
                + "complete -p chaosday >/dev/null || { echo 'chaosday has no completion'; exit 1; }\n"
                + "compopt() { :; }\n"
                + "COMP_WORDS=(" + line + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_chaosday chaosday \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(out, 0, bash.waitFor());
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Types {@code line} and Tab into a real interactive zsh (through a pseudo-terminal) that loaded
     * the printed script, presses Enter, and answers the words the command then received.
     */
    private String zshTab(String line) throws Exception {
        Path zshProgram = Installed.program("zsh", "zsh");
        CliRun script = CliRun.of("completion");
        assertEquals(script.err(), 0, script.exit());
        Path file = tmp.newFile().toPath();
        Files.writeString(file, script.out());
        Path driver = tmp.newFile().toPath();
        try (var in = getClass().getResourceAsStream("/completion/zsh-tab.zsh")) {
            Files.write(driver, in.readAllBytes());
        }
        Process zsh = new ProcessBuilder(zshProgram.toString(), "-f", driver.toString(), file.toString(), line)
                .redirectErrorStream(true).start();
        String out = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("zsh did not finish", zsh.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(out, 0, zsh.exitValue());
        return out.strip();
    }

    @Test
    public void zshCompletesCommandNamesThroughBashcompinit() throws Exception {
        assertEquals("status", zshTab("chaosday st"));
    }

    @Test
    public void zshCompletesTheChoicesOfAnOption() throws Exception {
        assertEquals("experiments outcome --outcome resolved-by-agents",
                zshTab("chaosday experiments outcome --outcome resolved-by-a"));
    }

    @Test
    public void bashCompletesCommandNames() throws Exception {
        List<String> offered = complete("chaosday", "st");
        assertEquals(List.of("status"), offered);
    }

    @Test
    public void bashCompletesSubcommandsAndOptions() throws Exception {
        assertTrue(complete("chaosday", "experiments", "").containsAll(List.of("add", "list", "outcome")));
        assertTrue(complete("chaosday", "status", "--fo").contains("--format"));
    }

    @Test
    public void bashCompletesTheChoicesOfAnOption() throws Exception {
        assertEquals(List.of("resolved-by-agents", "resolved-by-team"),
                complete("chaosday", "experiments", "outcome", "--outcome", "res"));
    }
}
