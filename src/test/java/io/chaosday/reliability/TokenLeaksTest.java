package io.chaosday.reliability;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The search for a leaked token finds it in clear and inside an HTTP Basic header, whatever the user name. */
public class TokenLeaksTest {

    private static final String TOKEN = "leak-check-3b9e27c1";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aTokenInClearOrInsideABasicHeaderIsFoundAndNothingElseIs() throws Exception {
        Path clear = write("clear.txt", "failed: Bearer " + TOKEN + " refused");
        Path clean = write("clean.txt", "failed: Bearer [token from JIRA_TOKEN] refused");
        for (String user : List.of("a", "ab", "abc", "alice@example.com")) {
            write("basic-" + user + ".txt", "Authorization: Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)) + "\n");
        }

        TokenLeaks.Scan scan = TokenLeaks.scan(TOKEN, List.of(folder.getRoot().toPath()));

        assertEquals(6, scan.files());
        assertEquals(5, scan.holding().size());
        assertEquals(false, scan.holding().contains(clean));
        assertEquals(true, scan.holding().contains(clear));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.getRoot().toPath().resolve(name), text);
    }
}
