package io.chaosday.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A token file given to an option that reads another kind of file is refused without its content. */
public class WrongFileTest {

    private static final String SECRET = "ATATT3xFfGF0-secret-token-value";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path tokenFile() throws Exception {
        Path file = tmp.newFile("jira.token").toPath();
        Files.writeString(file, SECRET + "\n");
        return file;
    }

    private void assertRefusedWithoutTheSecret(String... args) {
        CliRun run = CliRun.of(CliRun.NOV_2026, Map.of(), CliRun.NO_CONNECTIONS, args);
        assertEquals(run.out() + run.err(), 2, run.exit());
        assertFalse(run.err(), (run.out() + run.err()).contains(SECRET));
        assertFalse(run.err(), (run.out() + run.err()).contains("secret-token"));
    }

    @Test
    public void aTokenFileGivenAsThePlanFileIsNotQuoted() throws Exception {
        assertRefusedWithoutTheSecret("plan", "--chaos-day", "2027-03-10", "--plan-file", tokenFile().toString());
    }

    @Test
    public void aTokenFileGivenAsTheHolidaysFileIsNotQuoted() throws Exception {
        assertRefusedWithoutTheSecret("plan", "--chaos-day", "2027-03-10", "--holidays-file", tokenFile().toString());
    }

    @Test
    public void aTokenFileGivenAsTheExperimentsFileIsNotQuoted() throws Exception {
        assertRefusedWithoutTheSecret("experiments", "add", "--jira", "https://jira.example", "--project", "CHAOS",
                "--file", tokenFile().toString());
    }

    private Path fileOf(String name, String content) throws Exception {
        Path file = tmp.newFile(name).toPath();
        Files.writeString(file, content);
        return file;
    }

    private void assertExperimentsFileRefusedWithoutTheSecret(Path file) {
        assertRefusedWithoutTheSecret("experiments", "add", "--jira", "https://jira.example", "--project", "CHAOS",
                "--file", file.toString());
    }

    @Test
    public void aSecretWrittenAsAKeyOfTheExperimentsFileIsNotQuoted() throws Exception {
        assertExperimentsFileRefusedWithoutTheSecret(fileOf("keyed.token", SECRET + ": jira\n"));
    }

    @Test
    public void aSecretInPlaceOfAnExperimentCardIsNotQuoted() throws Exception {
        assertExperimentsFileRefusedWithoutTheSecret(fileOf("listed.yaml", "experiments:\n  - " + SECRET + "\n"));
    }

    @Test
    public void aSecretThatYamlReadsAsAnAliasIsNotQuotedInTheYamlProblem() throws Exception {
        assertExperimentsFileRefusedWithoutTheSecret(fileOf("alias.token", "*" + SECRET + "\n"));
    }
}
